"""The REST surface for municipal systems (FastAPI)."""
