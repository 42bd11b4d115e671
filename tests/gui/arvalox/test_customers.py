"""The Customers tab on an Arvalox server: a new customer and a change go through the
outbox; what the form can check it says beside the field before anything is queued; a
field error from the server comes back beside its field and the fixed customer goes."""

from __future__ import annotations

from typing import Any

import httpx
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.customers.customer_form import CustomerForm
from arkan_desktop.gui.customers.customers_tab import CustomersTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.arvalox.helpers import DEMO_KEY, sign_in_with_key
from tests.gui.conftest import run


def _server(server: SandboxServer, path: str, **params: Any) -> Any:
    with httpx.Client(base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}) as http:
        answer = http.get(path, params=params)
        answer.raise_for_status()
        return answer.json()


def _customers(qtbot: QtBot, main: MainWindow) -> CustomersTab:
    tab: CustomersTab = main.tab(CustomersTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    return tab


def _new_form(qtbot: QtBot, main: MainWindow, tab: CustomersTab) -> CustomerForm:
    main.new_action.trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: bool(tab.forms))
    return tab.forms[-1]


def _type(form: CustomerForm, **fields: str) -> None:
    for key, text in fields.items():
        edit = form.edits[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(text)


def test_the_form_checks_what_it_can_before_queueing(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab = _customers(qtbot, main)
    form = _new_form(qtbot, main, tab)
    _type(form, email="not-an-email", creditLimit="12.345")
    assert not run(qtbot, form.submit())
    assert form.errors["name"].text() == "Enter the customer's name"
    assert "email address" in form.errors["email"].text()
    assert "5000.00" in form.errors["creditLimit"].text()
    assert form.errors["code"].isHidden() and form.row is None  # nothing was queued
    form.close()  # what was typed is not thrown away without asking
    question = form.changes.question
    assert question is not None and question.text() == "Discard your changes?"
    assert form.isVisible()
    discard = next(b for b in question.buttons() if b.text() == "&Discard changes")
    discard.click()
    qtbot.waitUntil(lambda: not tab.forms)


def test_a_server_field_error_comes_back_beside_its_field(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab = _customers(qtbot, main)
    taken = _server(arvalox, "/customers/1")["customer_code"]
    form = _new_form(qtbot, main, tab)
    _type(form, name="Gulf Shade Trading", code=taken, email="ap@gulfshade.example.com")
    form.terms_edit.setValue(45)
    assert not run(qtbot, form.submit())  # the server refused it: the form stays open
    assert form.isVisible()
    assert form.errors["code"].isVisible()
    assert f"Customer code {taken} is already used" in form.errors["code"].text()
    assert form.errors["name"].isHidden() and form.general_error.isHidden()
    refused = form.row
    assert refused is not None and refused.status == "rejected"

    _type(form, code="GULF-01")  # fixed, and sent again
    assert run(qtbot, form.submit())  # accepted: the form closed
    assert form not in tab.forms
    found = _server(arvalox, "/customers/", search="Gulf Shade")["customers"]
    assert [(c["customer_code"], c["payment_terms"]) for c in found] == [("GULF-01", 45)]
    server_id = str(found[0]["id"])
    qtbot.waitUntil(lambda: tab.model.row_of(server_id) is not None, timeout=10_000)
    row = tab.model.row_of(server_id)
    assert row is not None and not tab.model.index(row, 0).data(LOCAL_ROLE)


def test_changing_a_customer_reaches_the_server(
    qtbot: QtBot, desktop: ArkanDesktopApp, arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, arvalox)
    tab = _customers(qtbot, main)
    record_id = tab.model.record_id(0)
    tab.list.select_id(record_id)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: bool(tab.forms), timeout=10_000)
    form = tab.forms[-1]
    assert form.windowTitle() == "Edit customer"
    _type(form, phone="+1-555-000-1234")
    assert run(qtbot, form.submit())
    assert _server(arvalox, f"/customers/{record_id}")["phone"] == "+1-555-000-1234"
