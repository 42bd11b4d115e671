"""Tests of the Ledger tab."""
