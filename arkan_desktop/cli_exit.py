"""The exit codes of `arkan-desktop` (shared by cli.py and cli_commands.py; nothing else here)."""

EXIT_FAILED = 1  # could not do it
EXIT_USAGE = 2  # the command line was wrong
