"""The local cache: SQLAlchemy models, sessions, migrations, outbox, repositories. No Qt."""
