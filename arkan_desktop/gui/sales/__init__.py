"""The Sales tab: orders, deliveries, returns; the order editor with available-to-promise."""
