"""A strip across the top of the window for something the user should know now
(working offline, sign-in not remembered, an unexpected error), with an optional action
and a close button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from arkan_desktop.gui import theme
from arkan_desktop.gui.plain_text import plain_labels


class NoticeBar(QFrame):
    sig_action_clicked = Signal()
    """The user clicked the notice's action button."""

    def __init__(self, parent: QWidget | None = None, name: str = "noticeBar") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        plain_labels(self.label)  # a notice may quote the server
        self.action_button = QPushButton(self)
        self.action_button.clicked.connect(self.sig_action_clicked)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self.hide()

    def show_notice(self, text: str, action: str = "", *, warning: bool = False) -> None:
        color = theme.warning_color() if warning else self.palette().highlight().color()
        self.setStyleSheet(
            f"#{self.objectName()} {{ border: 1px solid {color.name()}; border-radius: 4px; }}"
        )
        self.label.setText(text)
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self.show()
