"""Arkan Desktop: desktop client for Arkan ERP and Arvalox servers."""

__version__ = "0.1.0"

# The first argument with which a frozen (PyInstaller) build runs its bundled sandbox
# instead of the client: `--demo` starts the app's own executable with it, and the build's
# entry script (packaging/arkan_frozen_main.py) dispatches on it. Hidden from --help.
SANDBOX_CHILD_FLAG = "--run-sandbox"
