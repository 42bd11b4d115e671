"""The station's warehouse workflows as pure step machines: picking, returns, guided
receiving with putaway, counts, and the stock effect of what waits in the outbox.

Each session is fed resolved scans (a `Bin`, a `ProductScan`) and pad quantities, and
answers with an `Outcome` carrying a reason enum and its figures, never a sentence: the
station translates. Sessions build plain request bodies; they never queue, look codes up
or import anything outside `arkan_desktop.domain`.
"""
