"""The Arvalox flavor of the sandbox: a local accounts-receivable server (`--flavor arvalox`)."""
