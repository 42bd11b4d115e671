"""Talking to servers: HTTP client, auth, pagination, rate limits, errors, events socket, connectors. No Qt."""
