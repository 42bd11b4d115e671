"""Qt item models over the local cache, shared by every tab."""
