"""Inputs of the phase citizen consultation (part 2)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    {
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Een jeugdhuis moet niet per se fuiven organiseren. Gewoon een plek met een zetel, "
            "wifi en iemand die er is als je wil praten."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Verbindt de vraag naar een eigen plek met een laagdrempelig aanspreekpunt.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": "Er moet een zwembad komen in Herent. Nu moeten we voor elke zwemles naar Leuven.",
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Een zwembad valt buiten de opdracht van het sociaal beleidsplan; de vraag is "
            "doorgegeven aan de sportdienst voor het sportbeleidsplan."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Voor jongeren zonder rijbewijs is Herent 's avonds een eiland. De laatste bus naar "
            "Leuven rijdt te vroeg om nog naar een activiteit of een studentenjob te gaan."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": "Ook jongeren zonder auto worden door de beperkte busdienst geïsoleerd.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Kunnen jongeren zelf mee beslissen over een deel van het jeugdbudget, bijvoorbeeld "
            "via een jongerenraad met echt geld?"
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
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik ben 19 en zit in mijn eerste jaar hogeschool. Toen ik het moeilijk had, wist ik "
            "niet dat ik gratis bij het CAW terechtkon; ik dacht dat dat alleen voor daklozen was."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Toont de onbekendheid van bestaande hulp bij jongvolwassenen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # citizen consultation: survey
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "Meer zitbanken langs de straten naar de winkels, zodat ik met mijn rollator tot aan "
            "de bakker geraak."
        ),
        "theme": "mobiliteit",
        "finding": None,
        "target": None,
        "rationale": (
            "Signaal over bereikbaarheid te voet voor ouderen; gekoppeld aan het thema mobiliteit."
        ),
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
            "Het sociaal huis is alleen open als ik zelf moet werken. Eén avond per week zou voor "
            "werkende ouders al een wereld van verschil maken."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Openingsuren van het sociaal huis sluiten werkende inwoners uit.",
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
            "Ik heb geen computer en geen smartphone. Toch krijg ik overal te horen dat ik het "
            "'even online' moet doen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Rechtstreekse getuigenis over de digitale kloof.",
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
            "De belbus is voor mij de enige manier om naar de markt in Herent te gaan. Als die "
            "verdwijnt, zit ik vast in Veltem."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": "Afhankelijkheid van de belbus bij ouderen in de deelgemeenten.",
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
            "Laat kinderen gratis deelnemen aan de speelpleinwerking als de ouders het niet kunnen "
            "betalen, zonder dat ze daarvoor eerst naar het OCMW moeten."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Vraag om vrijetijdsdrempels voor kinderen discreet weg te nemen.",
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
            "Mijn man zit in een rolstoel. Het sociaal huis heeft een trap aan de ingang, en de "
            "bel aan de zij-ingang werkt meestal niet."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": "Fysieke ontoegankelijkheid van het sociaal huis voor rolstoelgebruikers.",
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
            "Het voedselpakket bevat elke week hetzelfde: pasta, conserven en koekjes. Met "
            "kinderen zou ik ook graag verse groenten en fruit meekrijgen."
        ),
        "theme": "armoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Gezonde voeding voor kinderen ontbreekt in de huidige voedselhulp.",
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
            "Organiseer de opvang op woensdagnamiddag ook in Winksele. Nu moet ik mijn werk "
            "vroeger verlaten om mijn zoontje naar Herent te brengen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De buitenschoolse opvang wordt herzien binnen het lokaal overleg kinderopvang en het "
            "nieuwe decreet buitenschoolse opvang; de vraag is daar doorgegeven."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": "De gemeente moet meer investeren in veilige fietspaden tussen de deelgemeenten.",
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Fietsinfrastructuur hoort bij het gemeentelijk mobiliteitsplan en het provinciale "
            "fietsbeleid, niet bij het sociaal beleidsplan."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "Ik ben mantelzorger voor mijn man met parkinson. Eén telefoonnummer waar ik met al "
            "mijn vragen terechtkan, zou me veel zoekwerk besparen."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": "Mantelzorger vraagt één aanspreekpunt; onderbouwt de nood aan informatie.",
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
            "Een bezoekje van iemand van de gemeente op je tachtigste verjaardag, om te vragen of "
            "alles nog lukt. Zo vind je de mensen die zelf niet bellen."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Voorstel voor een proactief huisbezoek bij ouderen.",
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
            "Er wordt te weinig opgetreden tegen wagens die op het voetpad parkeren. Met een "
            "kinderwagen moet ik telkens de straat op."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Handhaving van parkeerovertredingen is een taak van de politiezone; het signaal is "
            "aan de lokale politie bezorgd."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "nl",
        "text": (
            "In de winter durf ik de verwarming in de slaapkamer niet meer aan te zetten. Ik slaap "
            "met twee truien aan."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Getuigenis over onderverwarming door de energiekosten.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_survey",
        "participant_type": "citizen",
        "channel": "survey",
        "language": "en",
        "text": (
            "I moved to Herent with my family last year. The municipal website is only in Dutch, "
            "and it took me three visits to understand how to register my children for "
            "after-school care."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": "Nieuwkomer botst op de taaldrempel in de gemeentelijke informatie.",
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
            "Geef de sociale dienst een andere naam. 'OCMW' klinkt nog altijd als armenzorg en "
            "houdt mensen tegen om binnen te stappen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": None,
        "target": None,
        "rationale": "Wijst op het stigma als drempel om het sociaal huis binnen te stappen.",
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
            "Misschien kan de gemeente elk jaar een buurtfeest per wijk sponsoren? Bij ons weet "
            "niemand nog wie er naast hem woont."
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
