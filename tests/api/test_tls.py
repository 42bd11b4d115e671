"""TLS against a real HTTPS sandbox: verification is on, and a company CA bundle works."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import run
from tests.conftest import start_sandbox
from tests.test_cli import cli


def make_company_ca(folder: Path) -> tuple[Path, Path, Path]:
    """A private CA (like a company proxy's) and a server certificate it signed for 127.0.0.1."""
    ca_key, ca_cert = folder / "ca.key", folder / "ca.pem"
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True)

    openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=Arkan Test Company CA",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca_cert),
    )
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        str(key),
        "-out",
        str(csr),
    )
    openssl(
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca_cert),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        str(ext),
        "-out",
        str(cert),
    )
    return ca_cert, cert, key


@pytest.fixture(scope="module")
def https_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SandboxServer, Path]]:
    folder = tmp_path_factory.mktemp("tls")
    ca_cert, cert, key = make_company_ca(folder)
    server = start_sandbox(folder / "data", seed="empty", tls_certfile=cert, tls_keyfile=key)
    yield server, ca_cert
    server.stop()


def test_an_unknown_certificate_is_refused_with_a_plain_message(
    https_sandbox: tuple[SandboxServer, Path],
) -> None:
    server, _ = https_sandbox
    assert server.api_url.startswith("https://")

    async def body() -> ApiError:
        async with ApiSession(server.api_url) as session:
            with pytest.raises(ApiError) as failure:
                await session.sign_in("admin@demo.local", "demo")
            return failure.value

    error = run(body())
    assert error.kind is ApiErrorKind.TLS
    assert "certificate" in error.message.lower()


def test_the_company_ca_bundle_makes_it_work(https_sandbox: tuple[SandboxServer, Path]) -> None:
    server, ca_cert = https_sandbox

    async def body() -> Any:
        async with ApiSession(server.api_url, ca_bundle=str(ca_cert)) as session:
            await session.sign_in("admin@demo.local", "demo")
            return await session.request("GET", "/companies")

    assert run(body())["data"]


def test_the_command_line_takes_the_bundle_too(
    https_sandbox: tuple[SandboxServer, Path], tmp_path: Path
) -> None:
    server, ca_cert = https_sandbox
    args = ["login", "--server", server.api_url, "--email", "admin@demo.local", "--password-stdin"]
    refused = cli(tmp_path / "a", *args, stdin="demo\n")
    assert refused.returncode == 1 and "certificate" in refused.stderr.lower()
    accepted = cli(tmp_path / "b", *args, "--ca-bundle", str(ca_cert), stdin="demo\n")
    assert accepted.returncode == 0, accepted.stderr
