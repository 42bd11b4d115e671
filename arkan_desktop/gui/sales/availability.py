"""Available-to-promise beside what is being typed: asked of the server, shown when it
answers, never in the way.

A line or a product choice asks (`want`); the answer arrives on the event loop and is
shown in the label or table cell that asked, if it still shows the same product. While
waiting the cell says so; offline or on a server without the figure it says nothing is
known. Typing never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.sync.areas.sales import Availability, Sales

translate = QCoreApplication.translate


def quantity(value: object) -> str:
    figure = Decimal(str(value)).normalize()
    if figure == figure.to_integral_value():
        figure = figure.quantize(Decimal(1))
    return amount_text(figure, grouping=True)


def short_text(found: Availability | None) -> str:
    """The figure for a table cell ("—" when unknown)."""
    return "—" if found is None else quantity(found.available)


def long_text(found: Availability | None) -> str:
    """The figures for the line being typed."""
    if found is None:
        return translate("SalesOrder", "Available to promise: not known now (offline?)")
    return translate(
        "SalesOrder",
        "Available to promise: {atp} (on hand {on_hand}, reserved {reserved}, "
        "promised {committed}, incoming {incoming})",
    ).format(
        atp=quantity(found.available),
        on_hand=quantity(found.on_hand),
        reserved=quantity(found.reserved),
        committed=quantity(found.committed),
        incoming=quantity(found.incoming),
    )


class AvailabilityAsker:
    """Asks for a product's figure and hands it to whoever still wants it."""

    def __init__(self, sales: Sales, live: LiveSync) -> None:
        self.sales = sales
        self.live = live
        self.asked: list[tuple[str, str]] = []  # what was asked, for tests

    def want(
        self, product_id: str, warehouse_id: str, show: Callable[[Availability | None], None]
    ) -> None:
        """`show` gets the figure: at once if one was kept, else when the server answers."""
        kept = self.sales.kept_availability(product_id, warehouse_id)
        if kept is not None:
            show(kept)
            return
        self.asked.append((product_id, warehouse_id))
        self.live.spawn(self._ask(product_id, warehouse_id, show), "available-to-promise")

    async def _ask(
        self, product_id: str, warehouse_id: str, show: Callable[[Availability | None], None]
    ) -> None:
        show(await self.sales.availability(product_id, warehouse_id))


class AvailabilityLine:
    """A label under an editor's lines saying what the current line's product can still
    be promised (all warehouses): the invoice editor's, where no warehouse is chosen."""

    def __init__(self, label: QLabel, asker: AvailabilityAsker) -> None:
        self.label = label
        self.asker = asker
        self.product_id = ""
        label.setObjectName("availableToPromise")
        label.hide()

    def show_for(self, product_id: str) -> None:
        if product_id == self.product_id:
            return
        self.product_id = product_id
        self.label.setVisible(bool(product_id))
        if product_id:
            self.label.setText(
                translate("SalesOrderEditor", "Available to promise: asking the server…")
            )
            self.asker.want(product_id, "", lambda found: self._show(product_id, found))

    def _show(self, product_id: str, found: Availability | None) -> None:
        if not shiboken6.isValid(self.label):
            return  # the form closed while the server was asked
        if product_id == self.product_id:
            self.label.setText(long_text(found))
