"""Sales: orders, deliveries (with reservations and backorders), returns and billing."""
