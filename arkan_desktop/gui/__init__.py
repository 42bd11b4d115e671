"""The Qt application: bootstrap, main window, tabs. The only package that imports Qt."""
