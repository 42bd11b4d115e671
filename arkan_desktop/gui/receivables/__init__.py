"""Receivables: the Payments tab and the Reports tab (aging buckets, dashboard figures)."""
