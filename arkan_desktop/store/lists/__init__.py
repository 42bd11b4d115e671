"""Cached lists read for the views: what a list shows, and how its rows are read. No Qt.

A `ListSpec` (columns.py) names a list's resource and its columns as SQL expressions;
the specs of the tabs' lists are in `specs/`. Which rows a list holds is `search.py`'s
`where_clause` (the one place the filter text becomes SQL); `queries.py` orders and reads
them; `values.py` turns a result row into what a cell shows. A small list is read as its
ids (`loads.py`, changes planned by `id_diff.py`), a big one by position (`keyset.py`).
`source.py` holds a list's rows for the Qt model (`RowSource`: a small list or a big
list), reading through `CachedList` (cached_list.py) and the `ListReader` thread
(reader.py). Column titles are the window's business (gui/models/titles.py).
"""
