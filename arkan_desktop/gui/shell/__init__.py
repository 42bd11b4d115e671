"""The main window's frame: live sync wiring, status bar, module tab base, company switcher."""
