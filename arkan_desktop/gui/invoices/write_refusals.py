"""What a server would not keep of a new invoice, in the window's words.

The write builders refuse before queueing (`api.write_rules.WriteRefused`, with the
fields it concerns in the app's names); this turns each field's refusal into a
translated sentence for the editor to show next to the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from arkan_desktop.api.write_rules import WriteRefused, WriteRules
from arkan_desktop.gui.labels import code_label


def refusal_words(
    refused: WriteRefused, rules: WriteRules, status: str = ""
) -> tuple[list[dict[str, str]], str]:
    """The field errors (as the editor shows a server's) and the sentence above them."""
    errors: list[dict[str, str]] = []
    for problem in refused.field_errors:
        name = problem.field
        if name.endswith(".taxRate"):
            text = QCoreApplication.translate(
                "WriteRefusals", "This server keeps no tax on invoices"
            )
        elif name.endswith(".unitPrice"):
            places = rules.unit_price_decimals if rules.unit_price_decimals is not None else 0
            text = QCoreApplication.translate(
                "WriteRefusals", "Unit prices on this server have at most %1 decimals"
            ).replace("%1", str(places))
        elif name.endswith(".quantity"):
            places = rules.quantity_decimals if rules.quantity_decimals is not None else 0
            text = QCoreApplication.translate(
                "WriteRefusals", "Quantities on this server have at most %1 decimals"
            ).replace("%1", str(places))
        elif name == "partnerId":
            text = QCoreApplication.translate(
                "WriteRefusals", "This customer is %1 on the server"
            ).replace("%1", code_label(status))
        else:
            text = problem.message
        errors.append({"field": name, "message": text})
    if any(e["field"].endswith(".taxRate") for e in errors):
        message = QCoreApplication.translate(
            "WriteRefusals",
            "This server does not store tax on invoices, so this invoice would be kept "
            "without its tax: remove the tax rates, or record it where tax is kept",
        )
    else:
        message = errors[0]["message"] if errors else refused.message
    return errors, message
