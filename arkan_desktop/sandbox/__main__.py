"""`python -m arkan_desktop.sandbox` is `arkan-sandbox`."""

from arkan_desktop.sandbox.cli import main

raise SystemExit(main())
