"""The specs of the tabs' lists, one module per business area, with their SQL expressions.

Column keys are stable (settings remember widths and order by them; the window's titles
are looked up by them in gui/models/titles.py). No Qt, no titles here.
"""
