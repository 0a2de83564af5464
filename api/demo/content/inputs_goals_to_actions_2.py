"""Inputs of the phase goals to actions (part 2)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Het ontbijt op school zou voor onze kinderen echt verschil maken. Veel kinderen in de "
            "klas van mijn zoon komen zonder eten naar school."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Ouder bevestigt dat kinderen zonder ontbijt naar school komen.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Nathalie Goossens", "email": "nathalie.goossens@example.org"},
    },
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Wanneer horen we wat er met deze voorstellen gebeurd is? Bij het mobiliteitsplan "
            "hebben we achteraf nooit meer iets gehoord."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik stel voor dat alle vergaderingen van de gemeenteraad live gestreamd worden, zodat "
            "iedereen kan volgen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De werking van de gemeenteraad valt onder het huishoudelijk reglement van de raad, "
            "niet onder het sociaal beleidsplan; doorgegeven aan het algemeen secretariaat."
        ),
        "contact": None,
    },
]
