"""Tests of the warehouse station."""
