"""The cache's reads for the window and the sync layer, by business area.

Each module holds the SQL of one area (invoices, receivables, ledger, stock, purchasing,
station, printing, outbox): functions `fn(cache, ...)` that run on the database worker
and return plain values (frozen dataclasses, tuples, the server's record dicts), never
ORM objects. `sync.company.Company` runs them for the widgets; nothing under `gui/` runs
SQL (an import-linter contract). The big lists' SQL is store/lists'. No Qt.
"""
