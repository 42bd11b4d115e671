"""Printing to devices without Qt: a Printer protocol, a registry, batch jobs with progress.

The GUI registers a Qt printer under a name later; the CLI and the station use the ones
here: a folder (PDF files), the system spooler (`lp`, CUPS), and raw network label
printers (ZPL over TCP 9100). Batches render many documents in a worker thread and
report progress through a plain callback; they can be cancelled between documents.
Imports no Qt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.zpl import send_raw

Content = Literal["pdf", "zpl"]
Progress = Callable[[int, int, str], None]  # done, total, the job just finished


@runtime_checkable
class Printer(Protocol):
    """Anything that prints finished bytes: a PDF for page printers, ZPL for label printers."""

    name: str
    accepts: tuple[Content, ...]

    def print_document(self, data: bytes, content: Content, job_name: str) -> None: ...


@dataclass
class FolderPrinter:
    """'Prints' by writing each job into a folder (print-to-file, tests, archiving)."""

    name: str
    folder: Path
    accepts: tuple[Content, ...] = ("pdf", "zpl")

    def path_for(self, job_name: str, content: Content) -> Path:
        """The file a job is written to (what to tell the user: it went there, not to paper)."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", job_name).strip("_") or "job"
        return self.folder / f"{safe}.{content}"

    def print_document(self, data: bytes, content: Content, job_name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.path_for(job_name, content).write_bytes(data)
        except OSError as error:
            raise PrintingError(
                f"cannot write to {self.folder}: {error.strerror or error}"
            ) from None


@dataclass
class NetworkLabelPrinter:
    """A Zebra-style printer that takes raw ZPL on TCP (port 9100 unless given)."""

    name: str
    address: str
    timeout: float = 10.0
    accepts: tuple[Content, ...] = ("zpl",)

    def print_document(self, data: bytes, content: Content, job_name: str) -> None:
        send_raw(data, self.address, self.timeout)


@dataclass
class SpoolerPrinter:
    """A system printer through the CUPS `lp` command: silent printing, no dialog.

    PDF goes to the queue as is; ZPL goes raw (`-o raw`), for a thermal label printer
    set up as a system queue. The `lp` call is the one place that leaves the process.
    """

    name: str
    queue: str
    command: str = "lp"
    accepts: tuple[Content, ...] = ("pdf", "zpl")

    def print_document(self, data: bytes, content: Content, job_name: str) -> None:
        if content not in self.accepts:
            raise PrintingError(f"printer '{self.name}' does not take {content.upper()}")
        program = shutil.which(self.command)
        if program is None:
            raise PrintingError(
                f"cannot print to '{self.queue}': the '{self.command}' command is missing"
            )
        raw = ["-o", "raw"] if content == "zpl" else []
        try:
            result = subprocess.run(
                [program, "-d", self.queue, "-t", job_name, *raw, "-"],
                input=data,
                capture_output=True,
                timeout=60,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise PrintingError(
                f"printer '{self.queue}' did not take the job within 60 s"
            ) from None
        if result.returncode != 0:
            lines = result.stderr.decode(errors="replace").strip().splitlines()
            reason = lines[-1] if lines else "no reason given"
            raise PrintingError(f"printer '{self.queue}' refused the job: {reason}")


@dataclass
class PrinterRegistry:
    """The printers this app knows, by name; the GUI adds its Qt printers here."""

    printers: dict[str, Printer] = field(default_factory=dict)
    default_name: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def register(self, printer: Printer, default: bool = False) -> None:
        if not isinstance(printer, Printer):
            raise TypeError(f"{printer!r} is not a Printer")
        with self._lock:
            self.printers[printer.name] = printer
            if default or self.default_name is None:
                self.default_name = printer.name

    def unregister(self, name: str) -> None:
        with self._lock:
            self.printers.pop(name, None)
            if self.default_name == name:
                self.default_name = next(iter(self.printers), None)

    def get(self, name: str | None = None) -> Printer:
        wanted = name or self.default_name
        if wanted is None:
            raise PrintingError("no printer is set up; choose one with --printer NAME")
        try:
            return self.printers[wanted]
        except KeyError:
            known = ", ".join(sorted(self.printers)) or "none"
            raise PrintingError(f"unknown printer '{wanted}' (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self.printers)


@dataclass(frozen=True)
class RenderJob:
    """One document to make: a name for progress and the spool, and how to render it."""

    name: str
    render: Callable[[], bytes]
    content: Content = "pdf"


@dataclass
class BatchResult:
    done: list[tuple[RenderJob, bytes]] = field(default_factory=list)
    failed: list[tuple[RenderJob, str]] = field(default_factory=list)
    cancelled: bool = False


def render_batch(
    jobs: Sequence[RenderJob],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    printer: Printer | None = None,
    sink: Callable[[RenderJob, bytes], None] | None = None,
) -> BatchResult:
    """Render every job (and print or hand it to `sink` if given), reporting progress.

    Runs on the calling thread (the GUI calls it from its worker). A job that fails is
    recorded with its one-line reason and the batch goes on; `cancelled()` is checked
    between jobs. Rendered bytes are kept only when neither printer nor sink takes them.
    """
    result = BatchResult()
    total = len(jobs)
    for index, job in enumerate(jobs, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            data = job.render()
            if printer is not None:
                if job.content not in printer.accepts:
                    raise PrintingError(
                        f"printer '{printer.name}' does not take {job.content.upper()}"
                    )
                printer.print_document(data, job.content, job.name)
            if sink is not None:
                sink(job, data)
            result.done.append((job, data if printer is None and sink is None else b""))
        except PrintingError as error:
            result.failed.append((job, str(error)))
        if progress is not None:
            progress(index, total, job.name)
    return result


def jobs_for(
    items: Iterable[tuple[str, Callable[[], bytes]]], content: Content = "pdf"
) -> list[RenderJob]:
    return [RenderJob(name, render, content) for name, render in items]
