"""Operations of the walk on inputs and on the personal data they carry."""

from datetime import UTC, datetime, timedelta
from typing import Any

from api.domain.errors import Conflict, IllegalTransition, NotFound, ValidationFailed
from api.domain.status import INPUT_TRANSITIONS, InputStatus
from api.domain.trail import NodeKind
from api.domain.vocabulary import Channel, Language, ParticipantType
from api.services import inputs, privacy
from api.services.privacy import ContactDetails
from tests.events.walk.choosing import Choosing
from tests.events.walk.model import Attempt, NodeModel, first, known


class InputOperations(Choosing):
    """Taking in inputs, changing and reviewing them, and redacting or erasing their data."""

    def create_input(self) -> Attempt:
        plan_id = self.any_plan()
        moment, other_plan = self.moment_for(plan_id) if self.chance(0.3) else (None, False)
        external_id = f"EXT-{self.rng.randrange(20)}" if self.chance(0.2) else None
        retry, elsewhere = self.repeated(NodeKind.INPUT, plan_id, external_id)
        body = "   " if self.chance(0.03) else self.sentence()
        contact, email = None, None
        if self.chance(0.4):
            email = f"deelnemer{self.rng.randrange(8)}@example.org"
            if self.chance(0.05):
                email = "geen adres"
            contact = ContactDetails(
                name=self.rng.choice([None, "An Peeters", "  "]),
                email=self.rng.choice([email, f" {email.upper()} "]) if self.chance(0.8) else None,
                phone=self.rng.choice([None, "016 12 34 56"]),
            )
        bad_email = contact is not None and contact.email is not None and "@" not in contact.email
        refusal = first(
            (other_plan, ValidationFailed),
            (not body.strip(), ValidationFailed),
            (elsewhere, Conflict),
            (bad_email and retry is None, ValidationFailed),  # a retry keeps no contact
        )
        channel = self.rng.choice(list(Channel)).value
        participant_type = self.rng.choice(list(ParticipantType)).value
        language = self.rng.choice(list(Language)).value
        submitted_at = None
        if self.chance(0.5):
            # In UTC: an aware time in another zone is replayed wrongly (see test_regressions.py).
            submitted_at = datetime.combine(self.day(), datetime.min.time(), UTC) + timedelta(
                microseconds=self.rng.randrange(86_400 * 10**6)
            )

        def then(item: Any) -> None:
            self.model.nodes[item.id] = NodeModel(
                item.id, NodeKind.INPUT, plan_id, status="received", external_id=external_id
            )
            if contact is not None:
                self.model.contacts += 1
                if contact.email is not None:
                    self.model.live_contacts[contact.email.strip().lower()] += 1

        return Attempt(
            "create_input",
            lambda uow: inputs.create_input(
                uow,
                self.caller,
                inputs.CreateInput(
                    plan_id=plan_id,
                    text=body,
                    channel=channel,
                    participant_type=participant_type,
                    language=language,
                    moment_id=moment,
                    submitted_at=submitted_at,
                    external_id=external_id,
                    contact=contact,
                ),
            ),
            refusal,
            then,
            f"moment={moment} external_id={external_id} contact={contact}",
            None if refusal else retry,
        )

    def update_input(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        input_id = node.id if self.chance(0.95) else self.unknown_id()
        kwargs: dict[str, Any] = {}
        other_plan, taken, bad_channel = False, False, False
        for what in self.rng.sample(range(5), self.rng.randint(1, 2)):
            if what == 0:
                kwargs["text"] = self.sentence()
            elif what == 1:
                bad_channel = self.chance(0.1)
                kwargs["channel"] = "fax" if bad_channel else self.rng.choice(list(Channel)).value
            elif what == 2:
                kwargs["language"] = self.rng.choice(list(Language)).value
            elif what == 3:
                kwargs["moment_id"], other_plan = self.moment_for(node.plan_id)
            else:
                kwargs["external_id"] = f"EXT-{self.rng.randrange(20)}"
                taken = self.external_id_taken(NodeKind.INPUT, kwargs["external_id"], node.id)
        refusal = first(
            (input_id != node.id, NotFound),
            (other_plan, ValidationFailed),
            (taken, Conflict),
            (bad_channel, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.external_id = kwargs.get("external_id") or node.external_id

        return Attempt(
            "update_input",
            lambda uow: inputs.update_input(
                uow, self.caller, inputs.UpdateInput(input_id=input_id, **kwargs)
            ),
            refusal,
            then,
            repr(kwargs),
        )

    def set_input_status(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        current = InputStatus(str(node.status))
        if self.chance(0.6):
            wanted = self.rng.choice(sorted(INPUT_TRANSITIONS[current])).value
        else:
            wanted = self.rng.choice([*(s.value for s in InputStatus), "closed"])
        reason = None
        if (wanted == InputStatus.NOT_RETAINED and self.chance(0.8)) or self.chance(0.2):
            reason = self.rng.choice(["Valt buiten de bevoegdheid van de gemeente", "  "])
        known_ = known(InputStatus, wanted)
        refusal = first(
            (not known_, ValidationFailed),
            (known_ and InputStatus(wanted) not in INPUT_TRANSITIONS[current], IllegalTransition),
            (wanted == InputStatus.NOT_RETAINED and not (reason or "").strip(), ValidationFailed),
        )

        def then(_: Any) -> None:
            node.status = wanted

        return Attempt(
            "set_input_status",
            lambda uow: inputs.set_input_status(
                uow,
                self.caller,
                inputs.SetInputStatus(input_id=node.id, status=wanted, reason=reason),
            ),
            refusal,
            then,
            f"{current} -> {wanted} ({reason!r})",
        )

    # Personal data.

    def redact_input(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        input_id = node.id if self.chance(0.9) else self.unknown_id()
        reason = " " if self.chance(0.05) else "Verzoek van de deelnemer"
        refusal = first((not reason.strip(), ValidationFailed), (input_id != node.id, NotFound))
        return Attempt(
            "redact_input",
            lambda uow: privacy.redact_input(
                uow, self.caller, privacy.RedactInput(input_id=input_id, reason=reason)
            ),
            refusal,
            detail=str(input_id),
        )

    def erase_participant(self) -> Attempt:
        email = f"deelnemer{self.rng.randrange(8)}@example.org"
        asked = self.rng.choice([email, f"  {email.upper()}"])
        reason = " " if self.chance(0.05) else "Recht op vergetelheid"
        refusal = first(
            (not reason.strip(), ValidationFailed),
            (self.model.live_contacts[email] == 0, NotFound),
        )

        def then(_: Any) -> None:
            self.model.live_contacts[email] = 0

        return Attempt(
            "erase_participant",
            lambda uow: privacy.erase_participant(
                uow, self.caller, privacy.EraseParticipant(email=asked, reason=reason)
            ),
            refusal,
            then,
            asked,
        )
