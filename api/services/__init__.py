"""Use cases: one function, one unit of work; the surfaces call these and nothing below them."""
