"""The Customers tab: customers of a receivables server, their form and their writes."""
