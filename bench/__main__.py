"""The benchmark suite: every benchmark, one after another, written into docs/PERFORMANCE.md.

    uv run python -m bench                  # everything at full size (tens of minutes)
    uv run python -m bench --quick          # smaller runs: a smoke test of the suite
    uv run python -m bench --only printing  # one benchmark; its block in the doc only
    uv run python -m bench --no-write       # print the tables, leave the doc alone

Each benchmark runs in a child process of its own (`python -m bench --child NAME`): the
GUI ones need a fresh QApplication, and a crash or a hang of one must not take the suite
with it. The child imports `bench.NAME`, calls its `measure(quick)` and writes the figures
as JSON; a module without `measure`, one that fails or one that overruns its time is
written into the doc as "not measured: <reason>". Benchmarks never run in the tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench._report import Figure, amount, module_block, replace_blocks, target_text

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "PERFORMANCE.md"

# (module, title, minutes allowed at full size); the order the suite runs them in.
MODULES: list[tuple[str, str, float]] = [
    ("sandbox_lists", "Sandbox lists: the floor for client syncs (issue 2)", 20),
    ("sync_full", "Full sync (issue 3)", 40),
    ("invalidation_latency", "Server change to client cache (issue 3)", 10),
    ("printing", "Printing (issue 5)", 15),
    ("report_pdf", "Reports as PDF, XLSX and CSV (issue 16)", 10),
    ("gui_startup", "Desktop app: cold start (issue 4)", 15),
    ("gui_big_list", "Desktop app: a very large invoice list (issue 4)", 40),
    ("gui_sync_stall", "Desktop app: UI thread during a sync (issue 4)", 15),
    ("station_scan", "Warehouse station: scan to feedback (issue 7)", 15),
    ("station_pick", "Warehouse station: picking scan to feedback (issue 18)", 15),
    ("auto_match", "Bank reconciliation: auto-match suggestions (issue 17)", 5),
    ("first_sign_in", "First sign-in: newest first, then history (issue 19)", 40),
]


def child(name: str, out: Path, quick: bool) -> int:
    """Run one module's `measure` in this process and write its figures (or why not)."""
    result: dict[str, Any] = {"quick": quick}
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"bench.{name}")
        measure = getattr(module, "measure", None)
        if not callable(measure):
            result["reason"] = f"bench/{name}.py has no measure(quick)"
        else:
            figures = measure(quick)
            result["figures"] = [f.to_json() for f in figures]
    except ModuleNotFoundError as error:
        result["reason"] = f"cannot import it ({error})"
    except BaseException as error:  # the suite reports it; the next benchmark still runs
        traceback.print_exc()
        result["reason"] = f"it failed: {type(error).__name__}: {error}".strip()[:300]
    result["seconds"] = time.perf_counter() - started
    out.write_text(json.dumps(result))
    sys.stdout.flush()
    # A Qt benchmark may leave threads behind; the figures are written, so leave now.
    os._exit(0)


def run_module(name: str, quick: bool, minutes: float) -> dict[str, Any]:
    timeout = minutes * 60 * (0.5 if quick else 1.0)
    with tempfile.TemporaryDirectory(prefix=f"bench-{name}-") as tmp:
        out = Path(tmp) / "figures.json"
        command = [sys.executable, "-m", "bench", "--child", name, "--out", str(out)]
        if quick:
            command.append("--quick")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        started = time.perf_counter()
        try:
            process = subprocess.run(command, cwd=REPO, env=env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return {"reason": f"it did not finish in {timeout / 60:.0f} min", "quick": quick}
        if out.exists():
            result: dict[str, Any] = json.loads(out.read_text())
            return result
        return {
            "reason": f"its process ended with code {process.returncode} after "
            f"{time.perf_counter() - started:.0f} s and wrote no figures",
            "quick": quick,
        }


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) / 2**20  # kB -> GiB
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        qt = "Qt not installed"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(ram, 1) if ram else None,
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": qt,
    }


def describe(info: dict[str, Any], load: tuple[float, float]) -> str:
    ram = f"{info['ram_gib']:.0f} GiB RAM" if info["ram_gib"] else "RAM unknown"
    return (
        f"{info['cpu']}, {info['cores']} cores, {ram}; {info['os']}; {info['python']}; "
        f"{info['qt']}. Load average {load[0]:.1f} when the run started, {load[1]:.1f} when "
        "it ended (other work on the same machine slows absolute figures; the ratios to "
        "peers measured in the same run are the part to trust)."
    )


def print_result(title: str, result: dict[str, Any]) -> None:
    print(f"== {title}", flush=True)
    if "figures" not in result:
        print(f"   not measured: {result.get('reason')}", flush=True)
        return
    for data in result["figures"]:
        f = Figure.from_json(data)
        peer = f"  peer {amount(f.peer_value, f.unit)}" if f.peer_name else ""
        ratio = f"  ratio {f.ratio:.2f}" if f.ratio is not None else ""
        met = {None: "", True: "  met", False: "  MISSED"}[f.meets_target]
        print(
            f"   {f.name}: {amount(f.value, f.unit)}  (target {target_text(f)}){peer}{ratio}{met}",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (a smoke test)")
    parser.add_argument("--only", action="append", metavar="NAME", help="this benchmark only")
    parser.add_argument("--no-write", action="store_true", help="leave docs/PERFORMANCE.md")
    parser.add_argument("--doc", type=Path, default=DOC, help=argparse.SUPPRESS)
    parser.add_argument("--child", metavar="NAME", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.out, args.quick)

    known = {name for name, _, _ in MODULES}
    unknown = sorted(set(args.only or ()) - known)
    if unknown:
        parser.error(f"no benchmark {', '.join(unknown)}; choose from {', '.join(sorted(known))}")
    chosen = [m for m in MODULES if not args.only or m[0] in args.only]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    info = machine()
    short = f"{today}, {info['cores']} cores, load average {{load:.1f}}"
    blocks: dict[str, str] = {}
    failed = 0
    for name, title, minutes in chosen:
        load = os.getloadavg()[0]
        result = run_module(name, args.quick, minutes)
        failed += "figures" not in result
        print_result(title, result)
        blocks[name] = module_block(name, title, result, f"Measured {short.format(load=load)}")
        if not args.no_write:  # after each benchmark: an interrupted suite keeps what it got
            args.doc.write_text(replace_blocks(args.doc.read_text(), None, {name: blocks[name]}))
    total = time.perf_counter() - started
    print(f"suite: {len(chosen)} benchmarks in {total / 60:.1f} min, {failed} not measured")
    header = None
    if not args.only:
        header = (
            f"## Latest run ({today}{', quick' if args.quick else ''})\n\n"
            f"`uv run python -m bench{' --quick' if args.quick else ''}` took "
            f"{total / 60:.0f} min. Machine: "
            f"{describe(info, (load_before, os.getloadavg()[0]))}"
        )
    if not args.no_write:
        args.doc.write_text(replace_blocks(args.doc.read_text(), header, blocks))
        print(f"suite: wrote {args.doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
