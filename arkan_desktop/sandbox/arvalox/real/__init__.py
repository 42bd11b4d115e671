"""The real Arvalox flavour (`--kind arvalox --flavour real`): the open-source backend
(github.com/sixtusagbo/arvalox, FastAPI + PostgreSQL) as it behaves when deployed.

It differs from the published reference the way the real server does: `/api/v1`, bearer
JWTs from email sign-in only, FastAPI's own error answers, 200 on create, no rate limits,
no idempotency, invoices without tax, unrounded line totals, status changes through
`PATCH /invoices/{id}/status`, OFFSET paging without a tie-breaker, and (as a chaos mode)
the dashboard's 500. Each module names the backend file whose behaviour it reproduces.
"""
