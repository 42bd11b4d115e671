"""The Partners tab of an Arkan server: customers and vendors, their form and contacts."""
