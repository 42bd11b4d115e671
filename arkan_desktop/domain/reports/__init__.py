"""The server's period reports as values: the VAT return, cash flow, revenue, budget.

Each module reads one report's answer (a dict as the server sent it, or the copy kept
for offline use) into frozen dataclasses with Decimal amounts. Reading is tolerant of
missing optional fields and strict about amounts: a figure that is not a number makes
`UnreadableReport`, never a silent zero. Pure Python: no I/O, no Qt.
"""
