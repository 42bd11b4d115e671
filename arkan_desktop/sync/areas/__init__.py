"""A company's business areas as the window uses them: one small object per area.

Each area (`invoices`, `ledger`, `stock`, `purchasing`, `receivables`, `customers`,
`station`, `printing`, `outbox`) offers typed async methods that run a
`store/queries/<area>.py` function on the database worker, or ask the server through the
connector's typed capabilities, and return plain values. Writes are not here: they are
typed commands (sync/commands) queued through `Company.queue`. No Qt.
"""
