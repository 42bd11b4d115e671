"""Loading the Qt Designer forms shipped in ui/, and typed access to their widgets.

A form is loaded into the widget that owns it (`load_form`); `child` finds one of its
widgets by object name and type, failing loudly when a form and the code disagree.
QUiLoader translates the form's strings with its class name as the context.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from arkan_desktop.gui.resources import ui_dir

W = TypeVar("W", bound=QObject)


def load_form(name: str, owner: QWidget) -> QWidget:
    """Load `ui/<name>` and lay it out as the whole content of `owner`."""
    path = ui_dir() / name
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form {path}")
    try:
        form = QUiLoader().load(handle, owner)
    finally:
        handle.close()
    if form is None:
        raise RuntimeError(f"the form {path} could not be loaded")
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The form's widget called `name`, which must be a `kind`."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"the form has no {kind.__name__} named {name!r}")
    return found
