"""The Stock Moves tab: products with their stock, and the move history."""
