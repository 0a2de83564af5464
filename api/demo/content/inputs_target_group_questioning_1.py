"""Inputs of the phase target group questioning (part 1)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    # target groups: local service centre
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik kom hier voor het middagmaal, maar eigenlijk voor het gezelschap. Thuis eet ik "
            "alleen, en dan eet ik niet."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Bezoeker van het dienstencentrum verwoordt hoe ontmoeting en gezondheid samenhangen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Mijn kinderen wonen in Gent en Antwerpen. Ze bellen wel, maar ik zou willen dat er "
            "eens iemand binnenspringt zonder dat het gepland is."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Vraag naar spontaan bezoek bij alleenwonende ouderen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Die nieuwe bankkaartlezers en codes, ik snap er niets van. Vorige maand heb ik mijn "
            "buurman mijn pincode moeten geven om een rekening te betalen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Digitale uitsluiting maakt ouderen kwetsbaar voor misbruik.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "De belbus moet je een dag op voorhand bellen, en dan nog zit hij vaak vol. Als ik 's "
            "morgens slecht wakker word, moet ik mijn afspraak afzeggen."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": "Beperkingen van de belbus voor ouderen met een wisselende gezondheid.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Hier in het dienstencentrum durven we wel iets vragen, omdat we de mensen kennen. Aan "
            "een loket in het gemeentehuis voel ik me dom."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": None,
        "target": None,
        "rationale": "Vertrouwde gezichten verlagen de drempel; het loket schrikt af.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik zou wel willen helpen in de keuken of met de bloemen, maar niemand vraagt het me."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Oudere inwoner wil vrijwilliger zijn; gekoppeld aan het thema vrijwilligerswerk."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik wil niet naar een rusthuis, maar mijn trap is te steil geworden. Er zou hulp "
            "moeten zijn om je huis aan te passen zonder dat je alles zelf moet regelen."
        ),
        "theme": "wonen",
        "finding": None,
        "target": None,
        "rationale": (
            "Vraag naar ondersteuning bij aanpasbaar wonen voor ouderen; gekoppeld aan het thema "
            "wonen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_dienstencentrum",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Zou het dienstencentrum ook op zaterdag open kunnen? Het weekend duurt voor ons het "
            "langst."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
    # target groups: home visits to people over 75 living alone
    {
        "moment": "m_tg_huisbezoeken",
        "participant_type": "target_group",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Sinds ik mijn rijbewijs heb moeten inleveren, kom ik alleen nog buiten als mijn "
            "dochter op zaterdag komt. De rest van de week kijk ik naar buiten."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Verlies van mobiliteit leidt rechtstreeks tot vereenzaming.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_huisbezoeken",
        "participant_type": "target_group",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Ik heb liever niet dat er vreemden aan huis komen. Maar een vaste persoon, die ik "
            "leer kennen, dat zou ik wel willen."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": "a1_1_2",
        "rationale": (
            "Rechtstreeks gekoppeld aan de vrijwillige bezoekers: de vraag naar één vaste bezoeker "
            "bepaalde hoe de actie is opgezet."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_huisbezoeken",
        "participant_type": "target_group",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Ik wil vooral dat de pensioenen omhooggaan. Met 1.300 euro per maand kom je niet rond "
            "als je nog huur moet betalen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De hoogte van de pensioenen is een federale bevoegdheid en kan niet via het sociaal "
            "beleidsplan geregeld worden."
        ),
        "contact": None,
    },
    {
        "moment": "m_tg_huisbezoeken",
        "participant_type": "target_group",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Mijn buren zijn allemaal jonge gezinnen die overdag werken. Als er iets gebeurt, weet "
            "ik niet bij wie ik moet aanbellen."
        ),
        "theme": "eenzaamheid",
        "finding": None,
        "target": None,
        "rationale": "Ontbrekend buurtnetwerk bij alleenwonende ouderen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_huisbezoeken",
        "participant_type": "target_group",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Waarom mag de poetshulp niet af en toe een boodschap voor mij doen? Dat zou me al "
            "veel helpen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De regels van het dienstenchequesysteem worden door de Vlaamse overheid bepaald; "
            "boodschappen vallen daar niet onder. De inwoner is gewezen op het "
            "vrijwilligersvervoer."
        ),
        "contact": None,
    },
    # target groups: food aid
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik kom hier om de twee weken. Mijn kinderen weten niet dat het eten van de "
            "voedselbedeling komt; ik steek het thuis in gewone zakken."
        ),
        "theme": "armoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": (
            "Schaamte van ouders tegenover hun kinderen; illustreert de verborgen kinderarmoede."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "De bedeling is op donderdagvoormiddag. Ik heb net werk gevonden als poetsvrouw, dus "
            "nu kan ik niet meer komen."
        ),
        "theme": "armoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "De openingsuren van de voedselhulp sluiten werkende ouders uit.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Mijn dochter moest van school een laptop hebben voor het eerste middelbaar. Daar heb "
            "ik een afbetaling voor moeten aangaan."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Verplichte schoolkosten duwen gezinnen in de schulden.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "In de winter zet ik de verwarming alleen op als de kinderen thuis zijn. Overdag zit "
            "ik met een deken in de zetel."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Energiearmoede bij een gezin met kinderen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "en",
        "text": (
            "I came from Eritrea three years ago. At the food bank people are kind, but I never "
            "understand the letters I get from the OCMW, and I am afraid to miss something "
            "important."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": (
            "Onbegrijpelijke brieven zijn een risico voor nieuwkomers die hun rechten kunnen "
            "mislopen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_tg_voedselhulp",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Zouden er ook hygiëneproducten en maandverband in de pakketten kunnen? Dat is voor "
            "mijn dochters een grote kost."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
    # target groups: Dutch-as-a-second-language learners
    {
        "moment": "m_tg_nieuwkomers",
        "participant_type": "target_group",
        "channel": "target_group_visit",
        "language": "nl",
        "text": (
            "Ik volg les Nederlands, maar buiten de klas spreekt niemand Nederlands met mij. In de "
            "winkel schakelen ze meteen over op Engels."
        ),
        "theme": "samenleven",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": "Gebrek aan oefenkansen buiten de les; kern van het knelpunt nieuwkomers.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
]
