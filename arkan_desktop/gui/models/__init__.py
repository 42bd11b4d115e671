"""Qt item models over the cached lists (store/lists) and their titles, shared by every tab."""
