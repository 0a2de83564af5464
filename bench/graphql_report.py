"""The GraphQL read benchmark's table (see `bench.graphql`).

One line per scenario and side (GraphQL, then its SQL floor) with requests/s, p50 and p99, the
ratio of the two, SQL statements per request and the same query on the demo plan itself; then
the baseline request, notes on answers paged through, and the check.
"""

from typing import Any


def report(results: dict[str, Any]) -> None:
    """Print the table and the check."""
    scale = results["scale"]
    print(
        f"\nGraphQL reads on the demo plan ×{scale['copies']} ({scale['counts']['input']} inputs,"
        f" {scale['counts']['action']} actions, {scale['counts']['link']} links; loaded in"
        f" {scale['load_seconds']:.0f} s by {scale['processes']} processes), requests one at a"
        " time:"
    )
    print(
        f"{'scenario':<9} {'side':<8} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'n':>5}"
        f"  {'ratio':>6} {'stmts':>5} {'×1 p50 ms':>9}"
    )
    for row in results["scenarios"]:
        for side in ("graphql", "floor"):
            t = row[side]
            extra = (
                f"  {'×' + str(row['ratio']):>6} {row['statements_per_request']:>5}"
                f" {row['demo_plan_x1']['graphql']['p50_ms']:>9.1f}"
                if side == "graphql"
                else f"  {'':>6} {1:>5}"
            )
            print(
                f"{row['scenario'] if side == 'graphql' else '':<9} {side:<8}"
                f" {t['requests_per_s']:>9.2f} {t['p50_ms']:>9.1f} {t['p99_ms']:>9.1f}"
                f" {t['requests']:>5}{extra}"
            )
    base = results["baseline"]
    print(
        f"{'baseline':<9} {'graphql':<8} {base['requests_per_s']:>9.2f} {base['p50_ms']:>9.1f}"
        f" {base['p99_ms']:>9.1f} {base['requests']:>5}  ({base['query']} with the key)"
    )
    print(
        "(ratio: floor req/s ÷ GraphQL req/s; stmts: SQL statements per GraphQL request, the"
        " rate-limit gate's apart; ×1 p50: the same query on the demo plan itself)"
    )
    for row in results["scenarios"]:
        if row["graphql_requests_per_answer"] > 1:
            print(
                f"({row['scenario']}: one GraphQL 'request' above is the whole answer, paged"
                f" through in {row['graphql_requests_per_answer']} HTTP requests of at most 50"
                " goals; its stmts are theirs together)"
            )
    checks = results["check"]
    print(
        f"Check: scaled plan {'as expected' if checks['scale_ok'] else 'WRONG'};"
        f" answers {'agree' if checks['answers_match'] else 'DIFFER'}:"
        f" {'OK' if checks['ok'] else 'FAILED'}"
    )
