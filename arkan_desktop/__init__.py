"""Arkan Desktop: desktop client for Arkan ERP and Arvalox servers."""

__version__ = "0.1.0"
