"""Keeping the cache and the server in step: pulls, the outbox sender, invalidations. No Qt."""
