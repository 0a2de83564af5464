"""Inputs of the phase target group questioning (part 2)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik wil graag vrijwilligerswerk doen om de taal te leren en mensen te leren kennen, "
            "maar ik weet niet waar ik dat moet vragen."
        ),
        "theme": "samenleven",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": "Vrijwilligerswerk als weg naar taal en netwerk voor nieuwkomers.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "fr",
        "text": (
            "Je suis arrivée du Congo avec mes deux enfants. Pour trouver un logement, les "
            "propriétaires me demandent toujours une fiche de paie et raccrochent dès qu'ils "
            "entendent mon accent."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Discriminatie op de private huurmarkt maakt wonen voor nieuwkomers extra onbereikbaar."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Op het gemeentehuis zeggen ze dat ik een afspraak moet maken via de website. Maar de "
            "website is moeilijk en ik heb geen computer."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Digitale afspraken als dubbele drempel voor nieuwkomers zonder computer.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Wij willen een voetbalploeg maken met de mannen uit de les. Is er een veld dat we op "
            "zondag mogen gebruiken?"
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
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Mijn verblijfsvergunning moet verlengd worden, maar de Dienst Vreemdelingenzaken "
            "antwoordt al maanden niet."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Verblijfsprocedures zijn een federale bevoegdheid; de cursist is voor individuele "
            "begeleiding doorverwezen naar het CAW."
        ),
        "contact": None,
    },
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Een taalmaatje, iemand van hier om elke week een koffie mee te drinken en te praten, "
            "dat zou mij veel helpen."
        ),
        "theme": "samenleven",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": "Concreet voorstel voor een taalmaatjesproject.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # target groups: young people
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ze zeggen altijd dat jongeren niets doen, maar er is hier gewoon niets. Geef ons een "
            "overdekte plek, dan ruimen we zelf op."
        ),
        "theme": "samenleven",
        "finding": "k_jongeren",
        "target": None,
        "rationale": (
            "Jongeren vragen een eigen overdekte plek en bieden zelf verantwoordelijkheid aan."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Met de lockdowns ben ik echt in een dip geraakt. Ik heb het tegen niemand gezegd, "
            "want ik wilde niet dat mijn ouders zich zorgen maakten."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": (
            "Jongere die psychische problemen verzwijgt; toont de nood aan een laagdrempelig "
            "aanspreekpunt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Als er een jeugdwerker is die gewoon komt chillen en niet meteen begint te preken, "
            "dan zou ik daar wel eens mee praten."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Beschrijft hoe een aanspreekpunt voor jongeren eruit moet zien.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Wij worden na tien uur door de politie weggestuurd van het skatepark, ook als we stil "
            "zijn."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Het gebruiksreglement van het skatepark en de handhaving vallen onder het "
            "politiereglement; het overleg tussen jongeren en buurt loopt via de jeugdraad."
        ),
        "contact": None,
    },
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Mogen we de muur van de sporthal niet beschilderen met graffiti? Dan ziet het er "
            "tenminste niet zo grijs uit."
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
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik werk in het weekend in een frituur om thuis mee te betalen. Dan heb je geen tijd "
            "meer voor de scouts of om met vrienden af te spreken."
        ),
        "theme": "kinderarmoede",
        "finding": None,
        "target": None,
        "rationale": "Armoede in het gezin ontneemt jongeren hun vrije tijd.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_jongeren",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Op sociale media zie je alleen perfecte levens. Op school zouden ze meer moeten "
            "praten over hoe je je echt voelt, niet alleen als er iets ergs gebeurd is."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": None,
        "target": None,
        "rationale": "Vraag om mentaal welzijn bespreekbaar te maken bij jongeren.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
]
