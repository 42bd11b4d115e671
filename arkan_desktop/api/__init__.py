"""Talking to servers: HTTP client, auth, pagination, rate limits, errors, events, connectors.

No Qt.
"""
