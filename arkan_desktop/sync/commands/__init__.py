"""Every write a user makes, as a typed command for the outbox with its optimistic effect.

One module per area (invoices, payments, journal, stock, purchasing, customers, station);
`wire` holds what they share (the `Write` they return, timestamps, money and quantity
text, the currency fallback) and `descriptions` how a write is told to the user. Builders
only: nothing here talks to the network, the cache or a widget, and nothing here knows a
URL: each connector turns a command into its own server's request.
"""
