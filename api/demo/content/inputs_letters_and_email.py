"""Inputs of the phase letters and email."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    # outside any session: e-mails
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "email",
        "language": "nl",
        "text": (
            "Ik kon niet naar de digitale gesprekstafel, dus stuur ik het zo. Mijn moeder van 91 "
            "woont alleen in Winksele en heeft sinds de lockdowns haar kaartclub niet meer gezien. "
            "Vervoer naar het dienstencentrum, één keer per week, zou haar leven veranderen."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Verband tussen vervoer en vereenzaming bij een hoogbejaarde inwoonster.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Rita Jacobs", "email": "rita.jacobs@example.org"},
    },
    {
        "moment": None,
        "participant_type": "stakeholder",
        "channel": "email",
        "language": "nl",
        "text": (
            "Vanuit De Lijn bevestigen we dat de belbus in de regio vanaf 2022 vervangen wordt "
            "door vervoer op maat op afroep. De vervoerregio Leuven bepaalt de precieze invulling."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Informatie van De Lijn die het knelpunt openbaar vervoer bevestigt en de bevoegdheid "
            "van de vervoerregio verduidelijkt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "email",
        "language": "nl",
        "text": (
            "Ik ben zelfstandige en mijn zaak is door corona failliet gegaan. Ik schaam me om naar "
            "het OCMW te stappen. Kan ik ergens discreet advies krijgen, bijvoorbeeld per mail?"
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "Schaamte en de vraag naar discrete contactkanalen; onderbouwt het knelpunt "
            "toegankelijkheid."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Koen Smets", "email": "koen.smets@example.org"},
    },
    {
        "moment": None,
        "participant_type": "civil_servant",
        "channel": "email",
        "language": "nl",
        "text": (
            "Aanvulling op de werksessie: bij burgerzaken merken we dat vooral 80-plussers hun "
            "pincode van de identiteitskaart kwijt zijn en daardoor niets online kunnen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "Burgerzaken wijst op een concrete oorzaak van digitale uitsluiting bij ouderen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "email",
        "language": "en",
        "text": (
            "Hello, I work for an international company in Leuven, and several colleagues would "
            "like to help older residents with shopping or computers. Is there a central point in "
            "Herent where we could sign up?"
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Aanbod van vrijwilligers; bevestigt de nood aan een centraal vrijwilligerspunt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Laura Bennett", "email": "laura.bennett@example.org"},
    },
    {
        "moment": None,
        "participant_type": "board_member",
        "channel": "email",
        "language": "nl",
        "text": (
            "Als gemeenteraadslid vraag ik dat de acties rond kinderarmoede ook de kinderopvang "
            "meenemen: zonder betaalbare opvang kunnen alleenstaande ouders niet gaan werken."
        ),
        "theme": "kinderarmoede",
        "finding": None,
        "target": None,
        "rationale": "Raadslid legt het verband tussen kinderopvang, werk en kinderarmoede.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # outside any session: letters
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Beste, ik ben 84 en heb geen internet. Ik lees in het infoblad dat u onze mening "
            "vraagt. Ik wil alleen zeggen dat er geen bank meer staat aan de bushalte bij de kerk "
            "van Veltem, en dat ik daar niet lang meer kan rechtstaan."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Brief over de toegankelijkheid van de bushalte voor ouderen; bij het knelpunt "
            "openbaar vervoer."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Ik schrijf namens mijn zus, die doof is. Als ze naar het sociaal huis belt, verstaat "
            "ze niets. Er zou een manier moeten zijn om per sms of mail een afspraak te maken."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Telefoon als enig kanaal sluit dove inwoners uit.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Annemie De Smedt", "email": "annemie.desmedt@example.org"},
    },
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Wij zijn een gepensioneerd koppel met een grote tuin die we niet meer kunnen "
            "onderhouden. Misschien wil een jong gezin die tuin gebruiken in ruil voor wat hulp?"
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": {"name": "Jozef Lemmens", "email": "jozef.lemmens@example.org"},
    },
    {
        "moment": None,
        "participant_type": "target_group",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Brief van de groep mensen met armoede-ervaring bij Welzijnsschakels: wij vragen dat "
            "we ook na dit plan mee aan tafel zitten wanneer de acties geëvalueerd worden."
        ),
        "theme": "armoede",
        "finding": None,
        "target": "sd3",
        "rationale": (
            "Vraag om blijvende inspraak van mensen in armoede; rechtstreeks gekoppeld aan SD3, "
            "waar de jaarlijkse evaluatie met hen gebeurt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": None,
        "participant_type": "citizen",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Mijn zoon heeft een verstandelijke beperking en wil graag werken. Is er in Herent "
            "geen dienst of bedrijf dat hem een paar uur per week een zinvolle taak kan geven?"
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
        "moment": None,
        "participant_type": "stakeholder",
        "channel": "letter",
        "language": "nl",
        "text": (
            "Als voorzitter van de kerkraad van Winksele laat ik weten dat de parochiezaal gratis "
            "gebruikt mag worden voor een wekelijkse ontmoeting van ouderen."
        ),
        "theme": "eenzaamheid",
        "finding": None,
        "target": None,
        "rationale": (
            "Aanbod van een ontmoetingsruimte in Winksele; gekoppeld aan het thema eenzaamheid, de "
            "concrete uitwerking loopt via de buurtkoffie."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
]
