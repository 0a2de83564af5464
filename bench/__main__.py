"""`python -m bench`: the write benchmark, then the GraphQL read benchmark, on one server."""

from bench import graphql, writes
from bench.setup import quiet_warnings, server


def main() -> None:
    """Run both benchmarks; fail at the end if either check failed."""
    quiet_warnings()
    with server() as (url, kind):
        writes_ok = writes.run(url, kind)
        print()
        reads_ok = graphql.run(url, kind)
    failed = [name for name, ok in (("writes", writes_ok), ("graphql", reads_ok)) if not ok]
    if failed:
        raise SystemExit(f"the check of {' and '.join(failed)} failed: see above")


if __name__ == "__main__":
    main()
