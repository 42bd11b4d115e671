"""Accounting: chart of accounts, journal entries, invoices and bills, payments, reports."""
