"""The warehouse station: a full-screen, scanner-driven view for moving and receiving stock."""
