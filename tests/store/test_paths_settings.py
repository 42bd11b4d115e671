"""Where files go, and the small non-secret settings file."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from arkan_desktop.store import cache_path, data_home, settings_path
from arkan_desktop.store.paths import name_server
from arkan_desktop.store.settings import Settings, load_settings, save_settings

COMPANY = "5d0e6f3a-1a2b-4c3d-8e9f-000000000001"


def test_data_home_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ARKAN_DESKTOP_HOME", str(tmp_path))
    assert data_home() == tmp_path
    monkeypatch.delenv("ARKAN_DESKTOP_HOME")
    assert "arkan-desktop" in str(data_home())


def test_one_readable_safe_file_per_server_and_company(tmp_path: Path) -> None:
    local = cache_path(tmp_path, "http://127.0.0.1:8790/api/v1", COMPANY)
    assert local.parent.parent == tmp_path / "caches"
    assert local.parent.name.startswith("127.0.0.1_8790-")
    assert local.name == f"{COMPANY}.sqlite3"
    assert cache_path(tmp_path, "http://127.0.0.1:8790/api/v1/", COMPANY) == local
    others = {
        cache_path(tmp_path, "https://erp.example.com/api/v1", COMPANY),
        cache_path(tmp_path, "https://erp.example.com/other/api/v1", COMPANY),
        cache_path(tmp_path, "http://127.0.0.1:8790/api/v1", "another-company"),
    }
    assert len(others | {local}) == 4
    assert cache_path(tmp_path, "https://erp.example.com", COMPANY).parent.name.startswith(
        "erp.example.com_443-"
    )
    odd = cache_path(tmp_path, "https://user:pw@[::1]:9/x?y=../../z", "../../etc")
    assert odd.is_relative_to(tmp_path / "caches")
    assert ".." not in odd.parts and "pw" not in str(odd)


def test_settings_round_trip_atomically_and_hold_no_secrets(tmp_path: Path) -> None:
    path = settings_path(tmp_path)
    assert load_settings(path) == Settings()
    saved = Settings(server_url="https://erp.example.com", email="a@b.ae", company_id=COMPANY)
    save_settings(path, saved)
    assert load_settings(path) == saved
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    names = {f.name for f in fields(Settings)} | set(json.loads(path.read_text()))
    assert not any(word in name for name in names for word in ("token", "password", "key"))
    path.write_text("{not json")
    assert load_settings(path) == Settings()


def test_a_named_home_keeps_its_caches_by_name_whatever_the_servers_port(tmp_path: Path) -> None:
    """The demo's home: its server may have to take another port, its cache stays one."""
    before = cache_path(tmp_path, "http://127.0.0.1:41001/api/v1", COMPANY)
    before.parent.mkdir(parents=True)
    before.write_bytes(b"the cache an earlier version kept by port")
    folder = name_server(tmp_path, "demo-sandbox", "http://127.0.0.1:41001/api/v1")
    assert folder == tmp_path / "caches" / "demo-sandbox"
    for port in (41001, 41002):
        path = cache_path(tmp_path, f"http://127.0.0.1:{port}/api/v1", COMPANY)
        assert path == folder / f"{COMPANY}.sqlite3"
    assert path.read_bytes() == b"the cache an earlier version kept by port"  # taken over
    assert [p.name for p in (tmp_path / "caches").iterdir()] == ["demo-sandbox"]
    assert name_server(tmp_path, "demo-sandbox", "http://127.0.0.1:41002/api/v1") == folder
    elsewhere = tmp_path / "user"
    assert cache_path(elsewhere, "http://127.0.0.1:41002/api/v1", COMPANY).parent.name.startswith(
        "127.0.0.1_41002-"
    )  # a home without a name keeps one cache per server, as before
