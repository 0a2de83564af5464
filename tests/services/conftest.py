"""Service tests share the building blocks in tests/builders.py."""

from tests.builders import SmallPlan, attempt, make_small_plan, snapshot

__all__ = ["SmallPlan", "attempt", "make_small_plan", "snapshot"]
