"""Findings, themes (as a tree), goals and action plans over REST: made, listed, read by id and
by external id, changed, moved and removed under their plan."""

import httpx

from tests.rest.conftest import V1, Json, created, new_plan


async def _made(
    client: httpx.AsyncClient, plan: Json, kind: str, body: Json, headers: dict[str, str]
) -> Json:
    return await created(client, f"/plans/{plan['id']}/{kind}", body, headers)


async def test_each_kind_is_made_listed_read_changed_and_removed(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    bodies = {
        "findings": {"title": "Huur is duur", "external_id": "F-1"},
        "themes": {"title": {"nl": "Wonen", "fr": "Logement"}, "external_id": "T-1"},
        "goals": {"code": "SD1", "title": "Wonen", "priority": True, "external_id": "G-1"},
        "action-plans": {"code": "AP1.1", "title": "Huuraanbod", "external_id": "AP-1"},
    }
    for kind, body in bodies.items():
        made = await _made(client, plan, kind, body, writer)
        base = f"{V1}/plans/{plan['id']}/{kind}"
        listed = (await client.get(base, headers=writer)).json()
        assert [item["id"] for item in listed["items"]] == [made["id"]], kind
        by_external = await client.get(
            f"{base}/by-external-id/{body['external_id']}", headers=writer
        )
        assert by_external.json() == made, kind
        again = await client.post(base, json=body, headers=writer)  # a retry by external id
        assert again.json()["id"] == made["id"], kind
        changed = await client.patch(
            f"{base}/{made['id']}", json={"description": "Uitleg", "code": "X1"}, headers=writer
        )
        assert changed.status_code == 200, (kind, changed.text)
        assert changed.json()["description"]["nl"] == "Uitleg" and changed.json()["code"] == "X1"
        assert (await client.delete(f"{base}/{made['id']}", headers=writer)).status_code == 204
        assert (await client.get(f"{base}/{made['id']}", headers=writer)).status_code == 404


async def test_themes_form_a_tree_that_stays_one(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    base = f"{V1}/plans/{plan['id']}/themes"
    care = await _made(client, plan, "themes", {"title": "Zorg"}, writer)
    elderly = await _made(
        client, plan, "themes", {"title": "Ouderen", "parent_id": care["id"]}, writer
    )
    housing = await _made(client, plan, "themes", {"title": "Wonen"}, writer)

    async def listed(**params: object) -> list[str]:
        response = await client.get(base, params=params, headers=writer)
        return [item["title"]["nl"] for item in response.json()["items"]]

    assert await listed() == ["Zorg", "Wonen"]
    assert await listed(parent_id=care["id"]) == ["Ouderen"]
    assert await listed(all_levels=True) == ["Zorg", "Ouderen", "Wonen"]

    moved = await client.put(
        f"{base}/{housing['id']}/parent", json={"parent_id": elderly["id"]}, headers=writer
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["parent_id"] == elderly["id"]
    cycle = await client.put(
        f"{base}/{care['id']}/parent", json={"parent_id": housing["id"]}, headers=writer
    )
    assert cycle.status_code == 422, cycle.text
    assert cycle.json()["errors"][0]["field"] == "parent_id"
    occupied = await client.delete(f"{base}/{care['id']}", headers=writer)
    assert occupied.status_code == 409, occupied.text
    top = await client.put(
        f"{base}/{housing['id']}/parent", json={"parent_id": None}, headers=writer
    )
    assert top.json()["parent_id"] is None


async def test_a_goal_lists_its_action_plans_and_an_action_plan_its_actions(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    goal = await _made(client, plan, "goals", {"code": "SD1", "title": "Wonen"}, writer)
    plans = [
        await _made(
            client, plan, "action-plans", {"code": f"AP1.{n}", "title": f"Plan {n}"}, writer
        )
        for n in (1, 2, 3)
    ]
    action = await _made(client, plan, "actions", {"code": "A1.1.1", "title": "Doen"}, writer)
    for target in plans:
        await _made(
            client, plan, "links", {"source_id": goal["id"], "target_id": target["id"]}, writer
        )
    await _made(
        client, plan, "links", {"source_id": plans[0]["id"], "target_id": action["id"]}, writer
    )

    first = await client.get(
        f"{V1}/plans/{plan['id']}/goals/{goal['id']}/action-plans?limit=2", headers=writer
    )
    page = first.json()
    assert page["total_count"] == 3 and len(page["items"]) == 2 and page["next"]
    rest = await client.get(
        f"{V1}/plans/{plan['id']}/goals/{goal['id']}/action-plans",
        params={"limit": 2, "after": page["next"]},
        headers=writer,
    )
    assert [i["code"] for i in page["items"] + rest.json()["items"]] == ["AP1.1", "AP1.2", "AP1.3"]
    assert rest.json()["next"] is None
    actions = await client.get(
        f"{V1}/plans/{plan['id']}/action-plans/{plans[0]['id']}/actions", headers=writer
    )
    assert [i["id"] for i in actions.json()["items"]] == [action["id"]]
