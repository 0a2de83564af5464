"""Reading the trail over REST: any item by id, the inputs it rests on, a trace both ways, its
history, and a plan's coverage, trail as it stood and events."""

from datetime import timedelta

import httpx

from tests.clock import MovableClock
from tests.rest.conftest import V1, Json, created, new_plan


async def _small_trail(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Json]:
    plan = await new_plan(client, headers)
    base = f"/plans/{plan['id']}"
    said = await created(
        client, f"{base}/inputs",
        {"text": "Te weinig huur", "channel": "workshop", "participant_type": "citizen"}, headers,
    )  # fmt: skip
    finding = await created(client, f"{base}/findings", {"title": "Huur is duur"}, headers)
    goal = await created(client, f"{base}/goals", {"code": "SD1", "title": "Wonen"}, headers)
    unheard = await created(
        client, f"{base}/inputs",
        {"text": "Iets anders", "channel": "email", "participant_type": "stakeholder"}, headers,
    )  # fmt: skip
    for source, target in ((said, finding), (finding, goal)):
        await created(
            client, f"{base}/links", {"source_id": source["id"], "target_id": target["id"],
                                      "rationale": "zo"}, headers,
        )  # fmt: skip
    return {"plan": plan, "input": said, "finding": finding, "goal": goal, "unheard": unheard}


async def test_items_are_read_by_id_and_traced_both_ways(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    trail = await _small_trail(client, writer)
    goal = await client.get(f"{V1}/nodes/{trail['goal']['id']}", headers=writer)
    assert goal.json() == trail["goal"] and goal.headers["ETag"] == '"1"'
    said = (await client.get(f"{V1}/nodes/{trail['input']['id']}", headers=writer)).json()
    assert said["kind"] == "input" and said["text"] == "Te weinig huur"

    forward = await client.get(
        f"{V1}/nodes/{trail['input']['id']}/trace", params={"direction": "forward"}, headers=writer
    )
    reached = forward.json()["reached"]
    assert [(r["kind"], r["depth"]) for r in reached] == [("finding", 1), ("goal", 2)]
    assert [step["rationale"] for step in reached[1]["paths"][0]] == ["zo", "zo"]
    backward = await client.get(
        f"{V1}/nodes/{trail['goal']['id']}/trace", params={"direction": "backward", "depth": 1},
        headers=writer,
    )  # fmt: skip
    assert [r["id"] for r in backward.json()["reached"]] == [trail["finding"]["id"]]
    too_deep = await client.get(
        f"{V1}/nodes/{trail['goal']['id']}/trace", params={"direction": "backward", "depth": 9},
        headers=writer,
    )  # fmt: skip
    assert too_deep.status_code == 422 and too_deep.json()["errors"][0]["field"] == "depth"

    origins = (await client.get(f"{V1}/nodes/{trail['goal']['id']}/origins", headers=writer)).json()
    assert origins["total_count"] == 1
    assert origins["by_channel"] == [{"value": "workshop", "count": 1}]
    assert [i["id"] for i in origins["first_inputs"]] == [trail["input"]["id"]]


async def test_a_plan_shows_its_coverage_history_events_and_trail_then(
    client: httpx.AsyncClient, writer: dict[str, str], clock: MovableClock
) -> None:
    trail = await _small_trail(client, writer)
    plan_id = trail["plan"]["id"]
    coverage = (await client.get(f"{V1}/plans/{plan_id}/coverage", headers=writer)).json()
    assert coverage["total_inputs"] == 2 and coverage["reached_inputs"] == 1
    assert [u["input_id"] for u in coverage["unreached"]] == [trail["unheard"]["id"]]

    then = clock() + timedelta(seconds=1)
    clock.advance(timedelta(seconds=2))
    await client.patch(
        f"{V1}/plans/{plan_id}/goals/{trail['goal']['id']}", json={"title": "Betaalbaar wonen"},
        headers=writer,
    )  # fmt: skip
    history = (await client.get(f"{V1}/nodes/{trail['goal']['id']}/history", headers=writer)).json()
    assert [event["type"] for event in history["items"]] == [
        "goal.updated", "link.created", "goal.created",
    ]  # fmt: skip
    assert (await client.get(f"{V1}/nodes/{trail['goal']['id']}/history")).status_code == 401

    events = await client.get(
        f"{V1}/plans/{plan_id}/events", params={"types": "link.created", "limit": 1},
        headers=writer,
    )  # fmt: skip
    assert events.json()["total_count"] == 2 and len(events.json()["items"]) == 1
    assert 'rel="next"' in events.headers["Link"]

    past = (
        await client.get(f"{V1}/plans/{plan_id}/trail", params={"as_of": then.isoformat()},
                         headers=writer)
    ).json()  # fmt: skip
    goals = [node for node in past["nodes"] if node["kind"] == "goal"]
    assert [goal["state"]["title"]["nl"] for goal in goals] == ["Wonen"]
    assert len(past["links"]) == 2
