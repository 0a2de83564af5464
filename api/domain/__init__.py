"""The rules of Spoor, in plain Python: no framework, no database."""
