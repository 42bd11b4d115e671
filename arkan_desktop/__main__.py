"""`python -m arkan_desktop` is `arkan-desktop`."""

from arkan_desktop.cli import main

raise SystemExit(main())
