"""`python -m bench`: every benchmark in turn, on one server: writes and their event log, bulk
intake over REST beside COPY, webhook deliveries, GraphQL reads, then the two most common reads
under load beside their floor."""

from bench import bulk, graphql, reads, webhooks, writes
from bench.setup import quiet_warnings, server

BENCHMARKS = (
    ("writes", writes.run),
    ("bulk", bulk.run),
    ("webhooks", webhooks.run),
    ("graphql", graphql.run),
    ("reads", reads.run),
)


def main() -> None:
    """Run every benchmark; fail at the end if any check failed."""
    quiet_warnings()
    failed = []
    with server() as (url, kind):
        for name, run in BENCHMARKS:
            if not run(url, kind):
                failed.append(name)
            print()
    if failed:
        raise SystemExit(f"the check of {' and '.join(failed)} failed: see above")


if __name__ == "__main__":
    main()
