"""Inputs of the phase citizen consultation (part 3)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "Waarom is er in Herent nog geen repaircafé? Dan kunnen mensen hun toestellen laten "
            "herstellen in plaats van nieuwe te kopen."
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
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "In het park achter het gemeentehuis wordt 's avonds gedeald. Daar is veel te weinig "
            "toezicht."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Veiligheid en drugsoverlast horen bij het zonale veiligheidsplan; het signaal is aan "
            "de politiezone doorgegeven."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "Ik ben 72 en zou graag leren werken met een tablet, maar de cursussen zijn altijd in "
            "Leuven en meteen volzet."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Vraag naar digitale ondersteuning dichtbij huis voor ouderen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "Bij het afhalen van een voedselpakket sta je buiten in de rij, voor iedereen "
            "zichtbaar. Dat is vernederend, zeker als je kinderen bij je hebt."
        ),
        "theme": "armoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Schaamte bij het gebruik van voedselhulp houdt gezinnen weg.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "fr",
        "text": (
            "Mon fils de 14 ans joue au football à Winksele, mais la cotisation et les chaussures "
            "coûtent plus de 300 euros par an. Avec un seul salaire, c'est devenu trop lourd."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Kosten van sport sluiten kinderen uit gezinnen met één inkomen uit.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # citizen consultation: neighbourhood talk Veltem-Beisem
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "In Veltem is er sinds de sluiting van de bank en de laatste kruidenier geen enkele "
            "plek meer waar je toevallig iemand tegenkomt. Het is een slaapdorp geworden."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Het verdwijnen van toevallige ontmoetingsplekken in Veltem voedt vereenzaming."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "De bus naar Leuven rijdt in Veltem maar één keer per uur en in het weekend nog "
            "minder. Voor wie geen auto heeft, is dat een gevangenis."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Lage busfrequentie in Veltem-Beisem; ondersteunt het knelpunt openbaar vervoer."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het perron in het station van Veltem is voor rolstoelgebruikers onbereikbaar: geen "
            "lift, alleen trappen. Dan kan je even goed geen station hebben."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De toegankelijkheid van stations en perrons is een bevoegdheid van NMBS en Infrabel; "
            "de gemeente heeft het signaal aan hen overgemaakt."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Ik woon langs de steenweg en mijn huis is nooit geïsoleerd. Met mijn pensioen kan ik "
            "geen lening voor een nieuw dak aangaan."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Oudere eigenaar met een laag inkomen kan de nodige renovatie niet betalen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Er staan in Beisem minstens vier huizen al jaren leeg. Waarom kan de gemeente daar "
            "niets mee doen?"
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Leegstand als onbenut potentieel voor betaalbare huurwoningen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Een welkomstmoment voor nieuwe inwoners per deelgemeente, met de verenigingen erbij. "
            "Ik woon hier twee jaar en heb nog nooit uitleg gekregen over wat er te doen is."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Ook nieuwe inwoners zonder migratieachtergrond vinden moeilijk aansluiting bij het "
            "verenigingsleven; gekoppeld aan het thema samenleven."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_veltem",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Kan het ontmoetingscentrum in Veltem niet gratis ter beschikking gesteld worden voor "
            "buurtinitiatieven die geen vzw zijn?"
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
    # citizen consultation: neighbourhood talk Winksele
    {
        "moment": "m_citizens_winksele",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Winksele wordt altijd vergeten. Alles gebeurt in Herent-centrum, terwijl hier "
            "evenveel ouderen wonen die niet meer met de fiets tot daar geraken."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Ontmoetingsaanbod is te sterk gecentraliseerd voor ouderen uit Winksele.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_winksele",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Als er een Minder Mobielen Centrale komt, wil ik gerust chauffeur zijn. Ik ben "
            "gepensioneerd en rijd toch elke dag naar Leuven."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Aanbod van een vrijwillige chauffeur; gekoppeld aan het thema vrijwilligerswerk."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Luc Vandermeulen", "email": "luc.vandermeulen@example.org"},
    },
    {
        "moment": "m_citizens_winksele",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Mijn vader van 86 moet drie keer per week naar de kinesist. Als ik niet kan rijden, "
            "moet hij een taxi nemen van 25 euro."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": "a1_1_3",
        "rationale": (
            "Rechtstreeks gekoppeld aan de vrijwillige chauffeurs: het knelpunt openbaar vervoer "
            "voedt geen doelstelling, maar deze vraag krijgt wel een antwoord via vervoer op maat."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_winksele",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "De riolering in onze straat loopt bij elke onweersbui over. Dat moet eerst opgelost "
            "worden."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Rioleringswerken horen bij het investeringsprogramma openbare werken en de "
            "rioolbeheerder; doorgegeven aan de technische dienst."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_winksele",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Kan de kerk van Winksele niet deels herbestemd worden tot ontmoetingsruimte? Ze staat "
            "de hele week leeg."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
]
