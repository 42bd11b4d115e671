"""Inventory and warehousing: products, warehouses, locations, stock moves, purchasing."""
