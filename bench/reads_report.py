"""The read benchmark's table (see `bench.reads`)."""

from typing import Any


def _cpu(row: dict[str, Any], name: str) -> str:
    spent = row["cpu_ms_per_request"].get(name)
    return f"{spent:>8.2f}" if spent is not None else f"{'n/a':>8}"


def report(results: dict[str, Any]) -> None:
    """Print one line per scale, scenario and side, and the check."""
    config = results["config"]
    print(
        f"\nReads under load: {config['clients']} clients at once, {config['seconds_per_side']:g} s"
        f" per side and scenario over {config['rounds']} rounds; a request is a whole answer."
    )
    print(
        f"{'scale':<6} {'scenario':<15} {'side':<13} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9}"
        f" {'n':>6} {'CPU srv':>8} {'CPU pg':>8} {'CPU cli':>8}"
        f" {'stmts':>6} {'http':>5} {'×floor':>7}"
    )
    for scale in results["scales"]:
        for row in scale["scenarios"]:
            for number, (side, m) in enumerate(row["sides"].items()):
                first = number == 0
                print(
                    f"{'×' + str(scale['copies']) if first else '':<6}"
                    f" {row['scenario'] if first else '':<15} {side:<13}"
                    f" {m['requests_per_s']:>9.2f} {m['p50_ms']:>9.1f} {m['p99_ms']:>9.1f}"
                    f" {m['requests']:>6} {_cpu(m, 'server')} {_cpu(m, 'postgres')}"
                    f" {_cpu(m, 'client')}"
                    f" {m['statements_per_request']:>6g} {m['http_requests_per_answer']:>5g}"
                    f" {m['of_floor']:>7.2f}"
                )
            for side, where in row["differences"].items():
                print(f"{'':<6} {'':<15} {side} DIFFERS from the floor at {where}")
    print(
        "(CPU srv, CPU pg, CPU cli: ms of CPU per answer in the side's server process, in"
        " PostgreSQL and in the load generator;"
        " stmts: SQL statements per answer as sent on the wire, BEGIN and COMMIT included;"
        " http: HTTP requests per answer; ×floor: req/s ÷ the floor's)"
    )
    check = results["check"]
    print(
        f"Check: plans {'as expected' if check['scale_ok'] else 'WRONG'};"
        f" answers {'agree' if check['answers_match'] else 'DIFFER'}:"
        f" {'OK' if check['ok'] else 'FAILED'}"
    )
