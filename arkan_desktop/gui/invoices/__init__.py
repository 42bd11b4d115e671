"""The Invoices tab: the list by state with totals, the editor, posting and payments."""
