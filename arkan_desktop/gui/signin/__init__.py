"""Signing in: server profiles, the sign-in window, the company picker."""
