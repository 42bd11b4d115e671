"""What a benchmark hands the suite (`python -m bench`): its figures, and how they are written.

Every benchmark module keeps its own `main()` for running it alone, and offers
`measure(quick: bool) -> list[Figure]` for the suite. A figure is this run's median
next to its target and the floor or peer measured in the same run; the suite writes
them into docs/PERFORMANCE.md. `quick` asks for a smaller run (fewer repeats, smaller
data) when the whole suite must finish fast; the figure says what it measured in `note`.

The suite only rewrites what lies between `<!-- bench:begin -->` and `<!-- bench:end -->`
in that file; inside, each module has its own `<!-- bench:NAME -->` block, so that
`--only NAME` replaces one block and leaves the others (and all the prose) alone.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields
from typing import Any

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


@dataclass(frozen=True)
class Figure:
    """One measured figure of one benchmark."""

    name: str  # what was measured: "20-line invoice PDF, p50"
    value: float  # this run's median (or the statistic the name says)
    unit: str  # "ms", "s", "records/s", "MB"
    target: float | None = None  # the target, in `unit`
    lower_is_better: bool = True  # False for rates (records/s)
    peer_name: str = ""  # the floor or peer measured in the same run: "bare SQLite"
    peer_value: float | None = None  # in `unit`
    note: str = ""  # size of the run, caveats
    # A target stated against the peer instead: value / peer_value must be at most this
    # (at least, for rates). "≥ 0.75 of the floor's rate" is 0.75 on a rate; "≥ 5× faster
    # than the peer" is 0.2 on a time.
    target_ratio: float | None = None

    @property
    def meets_target(self) -> bool | None:
        verdicts = []
        if self.target is not None:
            verdicts.append(
                self.value <= self.target if self.lower_is_better else self.value >= self.target
            )
        if self.target_ratio is not None and self.ratio is not None:
            verdicts.append(
                self.ratio <= self.target_ratio
                if self.lower_is_better
                else self.ratio >= self.target_ratio
            )
        return all(verdicts) if verdicts else None

    @property
    def ratio(self) -> float | None:
        """This figure over its peer's (so > 1 means slower for times, faster for rates)."""
        if self.peer_value is None or self.peer_value == 0:
            return None
        return self.value / self.peer_value

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def amount(value: float | None, unit: str) -> str:
    """A figure as a person reads it: 2,602 records/s, 39.7 ms, 0.34 s, 161 MB."""
    if value is None:
        return "—"
    if not math.isfinite(value):
        return f"{value} {unit}"
    size = abs(value)
    if size >= 100 or (float(value).is_integer() and size >= 1):
        text = f"{value:,.0f}"
    elif size >= 10:
        text = f"{value:,.1f}"
    elif size >= 1:
        text = f"{value:,.2f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".strip()


def target_text(figure: Figure) -> str:
    sign = "≤" if figure.lower_is_better else "≥"
    parts = []
    if figure.target is not None:
        parts.append(f"{sign} {amount(figure.target, figure.unit)}")
    if figure.target_ratio is not None:
        parts.append(f"{sign} {figure.target_ratio:g} × peer")
    return "; ".join(parts) or "reported"


def verdict_text(figure: Figure) -> str:
    met = figure.meets_target
    return "—" if met is None else ("yes" if met else "**missed**")


def module_block(name: str, title: str, result: dict[str, Any], stamp: str) -> str:
    """One module's block: a table of its figures, or why it was not measured."""
    lines = [f"<!-- bench:{name} -->", f"### {title}", ""]
    command = f"`uv run python -m bench --only {name}`"
    if "figures" not in result:
        lines += [f"Not measured: {result.get('reason', 'unknown')} ({stamp}; {command}).", ""]
        lines.append(f"<!-- /bench:{name} -->")
        return "\n".join(lines)
    figures = [Figure.from_json(f) for f in result["figures"]]
    lines += [
        "| figure | this run | target | floor / peer (same run) | ratio | met |",
        "|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for f in figures:
        peer = f"{f.peer_name}: {amount(f.peer_value, f.unit)}" if f.peer_name else "—"
        ratio = "—" if f.ratio is None else f"{f.ratio:.2f}"
        lines.append(
            f"| {f.name} | {amount(f.value, f.unit)} | {target_text(f)} | {peer} | {ratio} "
            f"| {verdict_text(f)} |"
        )
        if f.note and f.note not in notes:
            notes.append(f.note)
    lines.append("")
    took = result.get("seconds")
    lines.append(
        f"{stamp}; {'quick run, ' if result.get('quick') else ''}"
        f"{f'{took:.0f} s; ' if took is not None else ''}{command}."
        + "".join(f" {n.rstrip('.')}." for n in notes)
    )
    lines += ["", f"<!-- /bench:{name} -->"]
    return "\n".join(lines)


def replace_blocks(document: str, header: str | None, blocks: dict[str, str]) -> str:
    """The document with its generated section updated; the prose around it untouched.

    `header` replaces the section's text before the first block (None keeps it); each
    block replaces the block of the same name, or is added at the end of the section.
    """
    if BEGIN not in document or END not in document:
        document = document.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    head, rest = document.split(BEGIN, 1)
    section, tail = rest.split(END, 1)
    first = re.search(r"<!-- bench:[\w-]+ -->", section)
    old_header = section[: first.start()] if first else section
    existing = {
        m.group(2): m.group(1)
        for m in re.finditer(r"(<!-- bench:([\w-]+) -->.*?<!-- /bench:\2 -->)", section, re.S)
    }
    order = list(existing)
    order += [name for name in blocks if name not in existing]
    merged = {**existing, **blocks}
    body = "\n\n".join(merged[name].strip() for name in order)
    new_header = old_header.strip() if header is None else header.strip()
    return f"{head}{BEGIN}\n{new_header}\n\n{body}\n{END}{tail}"
