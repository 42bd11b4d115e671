"""The Bank tab: reconcile statements, export payment files, keep the fixed assets."""
