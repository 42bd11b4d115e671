"""arkan-sandbox: a local server that speaks the Arkan ERP API, with demo data.

It exists so that every machine has a server to talk to: a new user's first look,
training, every test and benchmark. It is a separate server, never imported by the
client; the client talks to it over HTTP and WebSocket like any other Arkan server.
"""
