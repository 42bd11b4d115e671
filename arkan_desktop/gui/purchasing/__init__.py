"""The Purchasing tab: purchase orders by state."""
