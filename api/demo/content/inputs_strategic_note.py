"""Inputs of the phase strategic note."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    # strategic note: board and management team
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Als we elke dorpskern een vast ontmoetingsmoment geven, moeten we dat ook vijf jaar "
            "volhouden. Liever drie dingen goed dan tien half."
        ),
        "theme": "eenzaamheid",
        "finding": None,
        "target": "sd1",
        "rationale": (
            "Sturende opmerking van het college over focus en continuïteit; rechtstreeks gekoppeld "
            "aan SD1."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Kinderarmoede moet een prioriteit worden die we jaarlijks aan de gemeenteraad "
            "rapporteren, met cijfers per deelgemeente."
        ),
        "theme": "kinderarmoede",
        "finding": None,
        "target": "sd3",
        "rationale": (
            "Bestuursvoorstel dat leidde tot de prioritaire status en de jaarlijkse rapportering "
            "van SD3."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Voor het openbaar vervoer moeten we eerlijk zijn: de vervoerregio beslist. We nemen "
            "het op in ons standpunt voor de vervoerregio, niet als doelstelling in dit plan."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Bestuursstandpunt bij het knelpunt openbaar vervoer; verklaart waarom dit knelpunt "
            "geen doelstelling voedt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het budget voor nieuwe acties is beperkt tot ongeveer 150.000 euro per jaar. Acties "
            "zonder duidelijke trekker of kostenraming kunnen we niet opnemen in de "
            "meerjarenplanaanpassing."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Procesopmerking over de budgettaire randvoorwaarden; meegenomen in de werkwijze van "
            "de strategische nota en niet als inhoudelijke inbreng gekoppeld."
        ),
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Ik wil dat het sociaal huis een plek wordt waar je zonder schaamte binnenstapt. Dat "
            "begint bij het onthaal en bij de openingsuren."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "Schepen onderschrijft het knelpunt toegankelijkheid en legt de nadruk op onthaal en "
            "openingsuren."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Jongeren hebben we de vorige legislatuur te weinig gehoord. Ik wil dat de "
            "jongerenplek samen met hen ontworpen wordt, niet door ons."
        ),
        "theme": "samenleven",
        "finding": "k_jongeren",
        "target": "a5_1_1",
        "rationale": (
            "Rechtstreeks gekoppeld aan de jongerenplek: de eis van cocreatie werd in de "
            "actiebeschrijving opgenomen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het Sociaal Verhuurkantoor kan twintig extra woningen aan, maar alleen als de "
            "gemeente de renovatiepremie voor verhuurders optrekt."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": "a2_1_1",
        "rationale": "Bepaalde de doelstelling van twintig bijkomende woningen in actie A2.1.1.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Energiearmoede zal de komende winters alleen maar toenemen. Ik stel voor dat we een "
            "noodfonds voorzien, los van het gewone budget van de sociale dienst."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": "a2_2_2",
        "rationale": "Rechtstreekse aanleiding voor het noodfonds voor energiefacturen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Een gratis ontbijt op school klinkt sympathiek, maar de scholen zeggen dat ze het "
            "personeel niet hebben om het elke ochtend te organiseren."
        ),
        "theme": "kinderarmoede",
        "finding": None,
        "target": "a3_1_4",
        "rationale": (
            "Kanttekening bij de haalbaarheid van het schoolontbijt; later de reden voor de "
            "stopzetting."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_strategic_board",
        "participant_type": "board_member",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Mantelzorg mag geen privézaak zijn. Een hogere premie is een signaal, maar we moeten "
            "vooral zorgen dat mantelzorgers de weg naar ons vinden."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": "a1_2_1",
        "rationale": (
            "Bestuursvoorstel om de mantelzorgpremie te verhogen én actief bekend te maken."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
]
