"""Benchmarks. Each prints its figure next to the floor or peer measured in the same run;
figures go to docs/PERFORMANCE.md and are never asserted in tests."""
