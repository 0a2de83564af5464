"""The shape of the code: each layer imports only what lies below it, the GraphQL modules form
no import cycle, and no module reaches for another's private names."""

import ast
from collections import defaultdict
from pathlib import Path

API = Path(__file__).resolve().parents[1] / "api"

# What each package may not import (a layer never reaches up, or sideways into a surface).
FORBIDDEN = {
    "api.domain": ("api.store", "api.services", "api.http", "api.rest", "api.schema",
                   "fastapi", "strawberry", "sqlalchemy"),
    "api.store": ("api.services", "api.http", "api.rest", "api.schema", "fastapi", "strawberry"),
    "api.services": ("api.http", "api.rest", "api.schema", "fastapi", "strawberry"),
    # The dispatcher sits beside the services: it may use them and the store, never a surface.
    "api.webhooks": ("api.http", "api.rest", "api.schema", "fastapi", "strawberry"),
    "api.http": ("api.rest", "api.schema", "strawberry"),
    "api.rest": ("api.schema", "strawberry"),
    # The trail report reads through the services and is served by REST and the command line.
    "api.report": ("api.http", "api.rest", "api.schema", "fastapi", "strawberry", "sqlalchemy"),
    "api.schema": ("api.rest",),
}  # fmt: skip


def _module(path: Path) -> str:
    parts = path.relative_to(API.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, *, typing_only: bool = True) -> list[tuple[str, list[str], int]]:
    """(module imported, names imported, line) for every import of a file, at any depth;
    without `typing_only`, leaving out those under `if TYPE_CHECKING:` (they never run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if not typing_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                skipped |= {id(inner) for inner in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names], node.lineno))
    return found


def _files() -> list[Path]:
    return sorted(API.rglob("*.py"))


def test_each_layer_imports_only_what_lies_below_it() -> None:
    wrong = []
    for path in _files():
        module = _module(path)
        for package, banned in FORBIDDEN.items():
            if module != package and not module.startswith(package + "."):
                continue
            for imported, _, line in _imports(path):
                if imported.startswith(banned):
                    wrong.append(f"{module}:{line} imports {imported}")
    assert wrong == []


def test_no_module_imports_another_modules_private_names() -> None:
    private = [
        f"{_module(path)}:{line} imports {name} from {imported}"
        for path in _files()
        for imported, names, line in _imports(path)
        if imported.startswith("api.")
        for name in names
        if name.startswith("_")
    ]
    assert private == []


def test_the_graphql_modules_import_each_other_without_a_cycle() -> None:
    # A type named only in an annotation comes through strawberry.lazy and an import under
    # TYPE_CHECKING, which never runs: that is how a link shows either end, and no cycle.
    graph: dict[str, set[str]] = defaultdict(set)
    for path in sorted((API / "schema").glob("*.py")):
        for imported, _, _ in _imports(path, typing_only=False):
            if imported.startswith("api.schema."):
                graph[_module(path)].add(imported)

    def cycle_from(start: str, seen: tuple[str, ...]) -> tuple[str, ...] | None:
        for following in sorted(graph[start]):
            if following in seen:
                return (*seen, following)
            found = cycle_from(following, (*seen, following))
            if found:
                return found
        return None

    cycles = [c for module in sorted(graph) if (c := cycle_from(module, (module,)))]
    assert cycles == []
