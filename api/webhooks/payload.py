"""What a delivery sends: the event exactly as the REST feed shows it, signed as Standard
Webhooks asks (webhook-id, webhook-timestamp, webhook-signature)."""

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from math import floor
from typing import Any

from pydantic_core import to_jsonable_python
from standardwebhooks import Webhook

USER_AGENT = "Spoor-Webhooks/1"


def event_body(event: Mapping[str, Any]) -> bytes:
    """An event (a row with the event's columns, `payload` as JSON text) as the body of its
    delivery: the fields and formats of the REST feed's events (api/rest/events.py FeedEvent),
    in the same order."""
    plan_id = event["plan_id"]
    shown = {
        "seq": event["event_seq"],
        "id": str(event["id"]),
        "type": event["type"],
        "type_version": event["type_version"],
        # As the feed's pydantic model writes a moment: ISO 8601, UTC as `Z`.
        "occurred_at": to_jsonable_python(event["occurred_at"].astimezone(UTC)),
        "actor_id": event["actor_id"],
        "actor_kind": event["actor_kind"],
        "reason": event["reason"],
        "request_id": event["request_id"],
        "subject_kind": event["subject_kind"],
        "subject_id": str(event["subject_id"]),
        "plan_id": str(plan_id) if plan_id is not None else None,
        "redacted": event["redacted_at"] is not None,
        "payload": _before_and_after(json.loads(event["payload"])),
    }
    return json.dumps(shown, ensure_ascii=False, separators=(",", ":")).encode()


def _before_and_after(payload: Mapping[str, Any]) -> dict[str, Any]:
    return {"before": payload.get("before"), "after": payload.get("after")}


class Signer:
    """Signs bodies with an endpoint's secrets; a secret's key is decoded once."""

    def __init__(self) -> None:
        self._webhooks: dict[str, Webhook] = {}

    def headers(
        self, *, message_id: str, body: bytes, at: datetime, secrets: Iterable[str]
    ) -> dict[str, str]:
        """The headers of one attempt: one `v1,` signature per secret that signs now (the
        current one, and one retired within the last day), separated by spaces."""
        moment = at.astimezone(UTC)
        text = body.decode()
        signatures = [
            self._webhook(secret).sign(msg_id=message_id, timestamp=moment, data=text)
            for secret in secrets
        ]
        return {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": message_id,
            "webhook-timestamp": str(floor(moment.timestamp())),
            "webhook-signature": " ".join(signatures),
        }

    def _webhook(self, secret: str) -> Webhook:
        found = self._webhooks.get(secret)
        if found is None:
            if len(self._webhooks) > 10_000:  # secrets of endpoints long gone
                self._webhooks.clear()
            found = self._webhooks[secret] = Webhook(secret)
        return found


def signing_secrets(secret: str, retiring: Iterable[Mapping[str, str]], now: datetime) -> list[str]:
    """The current secret and those retired less than a day ago (`until` still ahead)."""
    return [secret] + [
        old["secret"] for old in retiring if datetime.fromisoformat(old["until"]) > now
    ]
