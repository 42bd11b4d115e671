"""A signed-in connection to an Arkan ERP server: the HTTP core with Arkan's parts.

Arkan scopes every call but sign-in and the company list to a company (`X-Company-Id`),
signs people in with email and password only, answers tokens in camelCase, and limits
each tenant by one per-minute window. The request loop, retries, 429 waits, refresh and
error mapping are the core's (http.py); nothing Arkan-specific is left to add here.
"""

from __future__ import annotations

from arkan_desktop.api.account import AccountSession
from arkan_desktop.api.http import DEFAULT_TIMEOUT, SessionStats

__all__ = ["DEFAULT_TIMEOUT", "ApiSession", "SessionStats"]


class ApiSession(AccountSession):
    """A user's session with one Arkan server. Create it in the event loop that will use it."""

    kind = "arkan"
    api_root_hint = "…/api/v1"
    key_placement = None  # Arkan has no API keys
    sends_company = True
