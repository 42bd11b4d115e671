"""Numbers a person types in the window and the station: amounts, quantities, prices, rates.

Every such field reads its text with `read_amount` (domain.typed_amount under the
separators of the window's language, `i18n.number_locale()`) and shows numbers with
`amount_text`, so what a field shows is what it reads back: in Arabic "١٬٢٣٤٫٥" and
"1,234.5" both read as 1234.5, and numbers show in the locale's own digits. A field
refuses letters and symbols as they are typed (saying why), shows any other problem when
the user leaves it and clears it as soon as the text is right: `AmountField` for a
QLineEdit, `AmountDelegate` for table cells. Wire values (server JSON) never come
through here: they are `domain.money.to_decimal`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Signal,
)
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from arkan_desktop.domain.money import MoneyError, to_decimal
from arkan_desktop.domain.typed_amount import (
    ARABIC_DECIMAL,
    ARABIC_GROUP,
    DIGIT_ZEROS,
    NEVER_A_NUMBER,
    Reason,
    TypedAmountError,
    format_typed_amount,
    parse_typed_amount,
)
from arkan_desktop.gui import theme
from arkan_desktop.gui.i18n import number_locale

AnyIndex = QModelIndex | QPersistentModelIndex
# What a number that is not right shows: an example in the locale's own writing.
EXAMPLE = Decimal("1234567.89")


@dataclass(frozen=True)
class NumberStyle:
    """How the window's language writes numbers, and which separators it reads."""

    decimal_sep: str  # read as the decimal separator (٫ is read in every language)
    group_sep: str  # read as grouping (٬ and spaces are read in every language)
    shown_decimal: str
    shown_group: str
    zero_digit: str
    minus: str


def number_style() -> NumberStyle:
    return _style(number_locale().name())


@cache
def _style(name: str) -> NumberStyle:
    locale = QLocale(name)
    decimal, group = locale.decimalPoint(), locale.groupSeparator()
    decimal = decimal if decimal in (".", ",", ARABIC_DECIMAL) else "."
    group = group if len(group) == 1 and group != decimal else ("," if decimal != "," else ".")
    zero = locale.zeroDigit()
    return NumberStyle(
        # Where the locale writes ٫ and ٬ (Arabic), "." and "," are read as the Gulf and
        # the rest of this window write them: decimals and thousands.
        decimal_sep="." if decimal == ARABIC_DECIMAL else decimal,
        group_sep="," if group == ARABIC_GROUP else group,
        shown_decimal=decimal,
        shown_group=group,
        zero_digit=zero if zero in DIGIT_ZEROS else "0",  # only digits the fields read back
        minus=locale.negativeSign() or "-",
    )


def read_amount(text: str, *, max_decimals: int | None = None) -> Decimal:
    """The number typed; TypedAmountError (see `refusal`) when it is not one."""
    style = number_style()
    return parse_typed_amount(
        text, decimal_sep=style.decimal_sep, group_sep=style.group_sep, max_decimals=max_decimals
    )


def amount_text(value: Decimal, places: int | None = None, *, grouping: bool = True) -> str:
    """`value` as the window's language writes it (and `read_amount` reads it back)."""
    style = number_style()
    return format_typed_amount(
        value,
        decimal_sep=style.shown_decimal,
        group_sep=style.shown_group,
        zero_digit=style.zero_digit,
        minus=style.minus,
        places=places,
        grouping=grouping,
    )


def wire_amount_text(value: object, places: int | None = None, *, grouping: bool = False) -> str:
    """A server's number put in a field; text that is no number is left for the user to fix."""
    try:
        return amount_text(to_decimal(value), places, grouping=grouping)
    except MoneyError:
        return "" if value is None else str(value)


def wire_number(text: str, *, max_decimals: int | None = None) -> str:
    """Typed text as the API takes it ("1234.5"); TypedAmountError when it is no number."""
    return format(read_amount(text, max_decimals=max_decimals), "f")


def refusal(error: TypedAmountError) -> str:
    """One plain sentence saying what to type instead."""
    style = number_style()
    reason = error.reason
    if reason is Reason.EMPTY:
        return QCoreApplication.translate("AmountField", "Enter a number")
    if reason is Reason.LETTERS:
        return QCoreApplication.translate("AmountField", "A number cannot contain letters")
    if reason is Reason.SYMBOL:
        return QCoreApplication.translate("AmountField", "“%1” cannot be part of a number").replace(
            "%1", error.detail
        )
    if reason is Reason.SIGN:
        return QCoreApplication.translate("AmountField", "A minus sign goes only at the start")
    if reason is Reason.NO_DIGITS:
        return QCoreApplication.translate("AmountField", "Type the digits of the number")
    if reason is Reason.DECIMAL_SEPARATOR:
        if style.shown_decimal != style.decimal_sep:
            return (
                QCoreApplication.translate("AmountField", "Use %1 or %2 for decimals")
                .replace("%1", style.shown_decimal)
                .replace("%2", style.decimal_sep)
            )
        return QCoreApplication.translate("AmountField", "Use %1 for decimals").replace(
            "%1", style.decimal_sep
        )
    if reason is Reason.TOO_MANY_DECIMALS:
        return QCoreApplication.translate("AmountField", "At most %1 decimals").replace(
            "%1", amount_text(Decimal(error.detail))
        )
    if reason is Reason.TOO_LARGE:
        return QCoreApplication.translate(
            "AmountField", "Too large: at most %1 digits before the decimal point"
        ).replace("%1", amount_text(Decimal(error.detail)))
    example = amount_text(EXAMPLE)
    if reason is Reason.TWO_DECIMAL_MARKS:
        return QCoreApplication.translate(
            "AmountField", "Only one decimal point; group thousands as in %1"
        ).replace("%1", example)
    return QCoreApplication.translate("AmountField", "Group thousands as in %1").replace(
        "%1", example
    )


def amount_problem(text: str, *, max_decimals: int | None = None, required: bool = True) -> str:
    """What is wrong with the typed text ("" when it is a number, or empty and optional)."""
    if not text.strip() and not required:
        return ""
    try:
        read_amount(text, max_decimals=max_decimals)
    except TypedAmountError as error:
        return refusal(error)
    return ""


class AmountValidator(QValidator):
    """Refuses, as they are typed, characters no number has (letters, "_", "$" ...)."""

    sig_refused = Signal(str)
    """A keystroke or a paste was refused: why, in one sentence."""

    def validate(self, text: str, position: int) -> QValidator.State:
        try:
            read_amount(text)
        except TypedAmountError as error:
            if error.reason in NEVER_A_NUMBER:
                self.sig_refused.emit(refusal(error))
                return QValidator.State.Invalid
        return QValidator.State.Acceptable


class AmountField(QObject):
    """A QLineEdit that takes a number, with its own error line (`error_label`).

    Letters are refused at once with the reason; other problems show when the user leaves
    the field (or when `check()` is called on saving) and clear as soon as the text is
    right. `extra_check` adds the field's own rule (more than zero, at most 100 ...).
    """

    def __init__(
        self,
        edit: QLineEdit,
        *,
        max_decimals: int | None = None,
        required: bool = True,
        extra_check: Callable[[Decimal], str] | None = None,
        error_label: QLabel | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit = edit
        self.max_decimals = max_decimals
        self.required = required
        self.extra_check = extra_check
        if error_label is None:
            error_label = QLabel(edit.parentWidget())
            error_label.setObjectName(f"{edit.objectName() or 'amount'}Error")
            error_label.setWordWrap(True)
            error_label.setStyleSheet(f"color: {theme.error_color().name()};")
            error_label.hide()
        self.error_label = error_label
        self._edited = False
        validator = AmountValidator(edit)
        validator.sig_refused.connect(self.show_problem)
        edit.setValidator(validator)
        edit.installEventFilter(self)
        edit.textEdited.connect(self._text_edited)
        edit.textChanged.connect(self._text_changed)

    def value(self) -> Decimal | None:
        """The number typed, or None while the field is empty or not right."""
        try:
            return read_amount(self.edit.text(), max_decimals=self.max_decimals)
        except TypedAmountError:
            return None

    def problem(self) -> str:
        text = self.edit.text()
        message = amount_problem(text, max_decimals=self.max_decimals, required=self.required)
        if message or not text.strip() or self.extra_check is None:
            return message
        value = self.value()
        return self.extra_check(value) if value is not None else ""

    def check(self) -> str:
        """Show the field's problem now (saving); returns it."""
        message = self.problem()
        self.show_problem(message)
        return message

    def set_value(self, value: Decimal | None, places: int | None = None) -> None:
        """Show a number in the window's writing (no grouping: it is typed over)."""
        self.edit.setText("" if value is None else amount_text(value, places, grouping=False))
        self._edited = False
        self.show_problem("")

    def show_problem(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.edit.setToolTip(message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut and self._edited:
            self.check()
        return super().eventFilter(watched, event)

    def _text_edited(self, _text: str) -> None:
        self._edited = True

    def _text_changed(self, _text: str) -> None:
        if self.error_label.text() and not self.problem():
            self.show_problem("")


class AmountDelegate(QStyledItemDelegate):
    """Table cells that take a number: the editor refuses letters at once, saying why."""

    sig_refused = Signal(str)
    """A keystroke in a cell was refused: why."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        validator = AmountValidator(editor)
        validator.sig_refused.connect(lambda message: self._refused(editor, message))
        editor.setValidator(validator)
        return editor

    def _refused(self, editor: QLineEdit, message: str) -> None:
        QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), message, editor)
        self.sig_refused.emit(message)
