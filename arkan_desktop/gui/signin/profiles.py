"""Server profiles: the servers a user signs in to, remembered in the preferences.

A profile is an address, a kind of server (a name in `api.kinds.KINDS`), how one signs in there
(email and password, or an API key), the last email used there and whether to remember
the sign-in. The most recently used profile comes first. No secrets: a remembered API key
is in the keyring, never here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from urllib.parse import urlsplit

from arkan_desktop.api.kinds import API_KEY, DEFAULT_KIND, PASSWORD
from arkan_desktop.gui.preferences import preferences

__all__ = [
    "API_KEY",
    "KEY",
    "PASSWORD",
    "ServerProfile",
    "load_profiles",
    "remember_profile",
    "save_profiles",
]

KEY = "signin/profiles"


@dataclass
class ServerProfile:
    url: str
    kind: str = DEFAULT_KIND
    email: str = ""
    remember: bool = True
    name: str = ""
    method: str = PASSWORD

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        parts = urlsplit(self.url)
        return parts.netloc or self.url


def load_profiles() -> list[ServerProfile]:
    text = preferences().value(KEY, "")
    try:
        data = json.loads(str(text)) if text else []
    except ValueError:
        return []
    known = {f.name for f in fields(ServerProfile)}
    return [
        ServerProfile(**{k: v for k, v in item.items() if k in known})
        for item in data
        if isinstance(item, dict) and item.get("url")
    ]


def save_profiles(profiles: list[ServerProfile]) -> None:
    settings = preferences()
    settings.setValue(KEY, json.dumps([asdict(p) for p in profiles]))
    settings.sync()


def remember_profile(profile: ServerProfile) -> list[ServerProfile]:
    """Put `profile` first (replacing the one with the same address); returns the list."""
    others = [p for p in load_profiles() if p.url.rstrip("/") != profile.url.rstrip("/")]
    profiles = [profile, *others][:20]
    save_profiles(profiles)
    return profiles
