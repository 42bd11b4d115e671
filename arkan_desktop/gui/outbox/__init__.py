"""The Outbox panel: writes waiting for the server, and the ones it refused."""
