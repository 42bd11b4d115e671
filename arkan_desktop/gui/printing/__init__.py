"""Printing in the window: preview, print to a Qt printer, batch print, branding settings."""
