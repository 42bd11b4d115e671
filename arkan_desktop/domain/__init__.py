"""Pure business rules: money, tax and totals, journal balance, barcode parsing.

Imports nothing of ours.
"""
