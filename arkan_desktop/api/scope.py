"""Company scope: which company a request acts for (`X-Company-Id`), where the kind has companies.

An Arkan user may belong to several companies, so every call but signing in and listing
the companies names one, and a call made before one is chosen is refused here, before it
leaves. A kind of server without companies (Arvalox) keeps the chosen id for the rest of
the app but never sends it.
"""

from __future__ import annotations

from arkan_desktop.api.errors import ApiError, ApiErrorKind

COMPANY_HEADER = "X-Company-Id"
_UNSCOPED = ("/auth", "/companies")


def is_unscoped(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in _UNSCOPED)


class CompanyScope:
    """The chosen company, and the header that carries it when `sent`."""

    def __init__(self, *, sent: bool) -> None:
        self.sent = sent
        self._company_id: str | None = None

    @property
    def company_id(self) -> str | None:
        return self._company_id

    @company_id.setter
    def company_id(self, value: str | None) -> None:
        self._company_id = value or None

    def headers(self, path: str) -> dict[str, str]:
        """The scope header for a request to `path` (ApiError when no company is chosen)."""
        if not self.sent or is_unscoped(path):
            return {}
        if not self._company_id:
            raise ApiError(ApiErrorKind.REJECTED, "Choose a company first")
        return {COMPANY_HEADER: self._company_id}
