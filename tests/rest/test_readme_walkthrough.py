"""The README's "An integrator's first five minutes" runs as written: its `sh` blocks, as one
bash script, against `spoor serve` with the demo loaded, and the answers it shows appear."""

import asyncio
import re
import shutil
from pathlib import Path

import pytest

from api.demo.loader import load_demo_into
from tests.served import served

pytestmark = [
    pytest.mark.committed,  # `spoor serve` in a child process reads the demo
    pytest.mark.skipif(
        shutil.which("curl") is None or shutil.which("bash") is None,
        reason="the README's walkthrough needs curl and bash, and one is not installed",
    ),
]

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## An integrator's first five minutes"
DOCUMENTED = "http://127.0.0.1:8000"
# What the walkthrough shows, in the order it shows it.
ANSWERS = (
    '"name":"Zaaksysteem","scopes":["read","write"]',
    '"secret":"spk_',
    '"total_count":1',
    '"created":3,"updated":0,"unchanged":0',
    '"outcome":"created","receipt_code":"',
    '"created":0,"updated":0,"unchanged":3',
    '"status":422',
    '"row":2,"field":"participant_type"',
    '"row":3,"field":"channel"',
    '"type":"tenant.created"',
    '"created":0,"updated":1,"unchanged":2',
    '"type":"input.updated"',
    '"text":"Eén vast aanspreekpunt voor mantelzorgers"',
)


def walkthrough() -> str:
    """The section's `sh` blocks, in order, as one script."""
    text = README.read_text(encoding="utf-8")
    assert SECTION in text, f"README.md has no section {SECTION!r}"
    start = text.index(SECTION)
    end = text.find("\n## ", start)
    section = text[start : end if end != -1 else len(text)]
    blocks = re.findall(r"^```sh\n(.*?)^```$", section, flags=re.MULTILINE | re.DOTALL)
    assert blocks, "the section has no ```sh block"
    return "\n".join(blocks)


async def test_the_readme_walkthrough_runs_against_the_demo(
    database_url: str, tmp_path: Path
) -> None:
    await load_demo_into(database_url)
    script = walkthrough()
    assert DOCUMENTED in script
    with served(database_url) as base:
        bash = await asyncio.create_subprocess_exec(
            "bash", "-c", "set -euo pipefail\n" + script.replace(DOCUMENTED, base),
            cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = await asyncio.wait_for(bash.communicate(), timeout=120)
        finally:
            if bash.returncode is None:
                bash.kill()
    stdout, stderr = out.decode(), err.decode()
    said = f"stdout:\n{stdout[-4000:]}\nstderr:\n{stderr[-2000:]}"
    assert bash.returncode == 0, said
    position = 0
    for answer in ANSWERS:
        found = stdout.find(answer, position)
        assert found != -1, f"{answer!r} is not in the answers (after {position}):\n{said}"
        position = found
