"""Bank statements and reconciliation rules: statement files in, match suggestions out.

Statement import (CSV, MT940, CAMT.053, OFX) into one typed `Statement`, suggestions
that match statement lines to open payments and journal items, and IBAN checks before a
payment file is exported. Imports nothing of ours but `arkan_desktop.domain`; no Qt,
no network, no database.
"""
