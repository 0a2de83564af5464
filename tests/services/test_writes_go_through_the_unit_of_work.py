"""Services write only through the unit of work, so that no write can miss its event.

Read from the source: a service may read through the store's query functions, but may neither
call a write method of a session nor call a store function that writes. Which store functions
write is read from the store itself: those that build an INSERT, UPDATE or DELETE (with
SQLAlchemy, or in SQL text), call a session's write methods, or call such a function.
"""

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import api

API = Path(api.__file__).parent
SERVICES, STORE = API / "services", API / "store"

# A service calls none of these on a session (it reads through the store's functions)...
SESSION_WRITES = {"add", "add_all", "delete", "flush", "merge", "execute", "commit", "begin"}
# ...and none of the store's functions that write: those that call one of these on a session,
# build one of these statements, or hold SQL that writes.
STORE_SESSION_WRITES = {"add", "add_all", "delete", "merge"}
STATEMENTS = {"insert", "update", "delete"}
# event_append (migration 0014) appends to the event log and moves its head inside the database.
WRITING_SQL = re.compile(
    r"\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|TRUNCATE|event_append\s*\()", re.I
)

# Counting requests per window (rate_window) is bookkeeping of the edge, not a change to the
# trail: it carries no event (tests/builders.snapshot leaves that table out for the same reason).
# So is keeping a REST write's answer for its Idempotency-Key (api/services/idempotency.py),
# and how far each event's delivery to each webhook endpoint has come (asking for one again).
NOT_THE_TRAIL = {"api.store.limits", "api.store.idempotency", "api.store.deliveries"}


@dataclass(frozen=True)
class Violation:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _is_session(node: ast.expr) -> bool:
    """`session` or `<anything>.session`: what a write method is called on."""
    return (isinstance(node, ast.Name) and node.id == "session") or (
        isinstance(node, ast.Attribute) and node.attr == "session"
    )


def _session_calls(tree: ast.AST, methods: set[str]) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in methods
            and _is_session(node.func.value)
        ):
            yield node


def _writes_directly(function: ast.AST, constants: dict[str, str]) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in STATEMENTS:
                return True
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if WRITING_SQL.search(node.value):
                return True
        elif isinstance(node, ast.Name) and WRITING_SQL.search(constants.get(node.id, "")):
            return True
    return any(True for _ in _session_calls(function, STORE_SESSION_WRITES))


def store_writers(module: str, source: str) -> set[str]:
    """The functions of a store module that write, directly or through one another."""
    tree = ast.parse(source)
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    functions = {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    writers = {name for name, node in functions.items() if _writes_directly(node, constants)}
    while True:
        more = {
            name
            for name, node in functions.items()
            if name not in writers
            and any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in writers
                for call in ast.walk(node)
            )
        }
        if not more:
            return {f"{module}.{name}" for name in writers}
        writers |= more


def all_store_writers() -> set[str]:
    found: set[str] = set()
    for path in sorted(STORE.glob("*.py")):
        module = f"api.store.{path.stem}"
        if module not in NOT_THE_TRAIL:
            found |= store_writers(module, path.read_text())
    return found


def violations(where: str, source: str, writers: set[str]) -> list[Violation]:
    """The writes a service module makes around the unit of work."""
    tree = ast.parse(source)
    names: dict[str, str] = {}  # what a local name stands for: a store module or function
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("api.store"):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
    found = [
        Violation(f"{where}:{call.lineno}", f"calls {ast.unparse(call.func)}() on a session")
        for call in _session_calls(tree, SESSION_WRITES)
    ]
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            called = f"{names.get(func.value.id, func.value.id)}.{func.attr}"
        elif isinstance(func, ast.Name):
            called = names.get(func.id, func.id)
        else:
            continue
        if called in writers:
            found.append(Violation(f"{where}:{node.lineno}", f"calls {called}(), which writes"))
    return found


def test_the_store_functions_that_write_are_found() -> None:
    writers = all_store_writers()
    assert {
        "api.store.events.append_events",
        "api.store.events.rewrite_payloads",
    } <= writers
    assert "api.store.trail.get_node" not in writers
    assert "api.store.plans.get_plan" not in writers
    limits = STORE / "limits.py"
    assert store_writers("api.store.limits", limits.read_text()) == {
        "api.store.limits.count_hit",
        "api.store.limits.forget_windows_before",
    }


def test_services_write_only_through_the_unit_of_work() -> None:
    writers = all_store_writers()
    found = [
        violation
        for path in sorted(SERVICES.glob("*.py"))
        for violation in violations(str(path.relative_to(API.parent)), path.read_text(), writers)
    ]
    assert not found, "\n".join(map(str, found))


PLANTED = """
from api.store import events as event_store
from api.store.trail import get_node


async def sneaky(uow, record, tenant_id):
    uow.session.add(record)
    await uow.session.execute("UPDATE node SET code = 'x'")
    await event_store.rewrite_payloads(uow.session, tenant_id=tenant_id, payloads={})
    return await get_node(uow.session, tenant_id=tenant_id, node_id=record.id)
"""


def test_the_check_finds_a_planted_write() -> None:
    found = violations("planted.py", PLANTED, all_store_writers())
    assert [str(violation) for violation in found] == [
        "planted.py:7: calls uow.session.add() on a session",
        "planted.py:8: calls uow.session.execute() on a session",
        "planted.py:9: calls api.store.events.rewrite_payloads(), which writes",
    ]
