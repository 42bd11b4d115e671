"""The Ledger tab: the chart of accounts with balances, and journal entries."""
