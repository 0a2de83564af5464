"""Records, queries and transactions: the only layer that speaks SQL."""
