"""Location barcodes the station learns itself, where the server lists none.

An Arkan server may have no locations endpoint (the published reference lists none): the
station then knows locations only from `GET /inventory/products/:id/stock` and learns a
location's barcode from a label it printed for it, or from a label scanned and confirmed
by the person at the station. What is learnt stays in this cache (the table
`learned_barcodes`, never sent); a barcode learnt again for another location moves there.
Functions of a session, inside the caller's transaction.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from arkan_desktop.store.models import LearnedBarcode

SOURCES = ("printed", "scanned")


def learn(session: Session, barcode: str, location_id: str, source: str, now: str) -> None:
    """Remember that `barcode` names `location_id` (from a printed or scanned label)."""
    code = barcode.strip()
    if not code or not location_id:
        raise ValueError("a learned barcode needs the barcode and its location")
    if source not in SOURCES:
        raise ValueError(f"a barcode is learnt from a printed or scanned label, not {source!r}")
    values = {"barcode": code, "location_id": location_id, "source": source, "learned_at": now}
    statement = sqlite_insert(LearnedBarcode).values(**values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["barcode"],
            set_={k: statement.excluded[k] for k in ("location_id", "source", "learned_at")},
        )
    )


def location_of(session: Session, barcode: str) -> str | None:
    """The location a learnt barcode names, or None."""
    found = session.get(LearnedBarcode, barcode.strip())
    return None if found is None else found.location_id


def barcodes_of(session: Session) -> dict[str, str]:
    """Every learnt barcode -> its location."""
    rows = session.execute(select(LearnedBarcode.barcode, LearnedBarcode.location_id))
    return {barcode: location for barcode, location in rows}
