"""Inputs of the phase analysis."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    # analysis: interviews with key figures
    {
        "moment": "m_analysis_interviews",
        "participant_type": "stakeholder",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Aan onze onthaalbalie zien we steeds meer alleenstaanden uit Herent die hun huur niet "
            "meer kunnen betalen. Een studio kost hier al snel 650 euro; met een leefloon is dat "
            "gewoon onhaalbaar."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Signaal van het CAW over huurprijzen die voor alleenstaanden met een laag inkomen "
            "onbetaalbaar zijn; kern van het knelpunt betaalbaar wonen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "civil_servant",
        "channel": "interview",
        "language": "nl",
        "text": (
            "De aanvragen voor een tussenkomst in de energiefactuur zijn het voorbije jaar bijna "
            "verdubbeld. Het gaat vaak om huurders in oude woningen met enkel glas, waar de "
            "verwarming de hele winter opstaat."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Cijfermatig signaal van de sociale dienst over energiearmoede bij huurders van slecht "
            "geïsoleerde woningen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "board_member",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Ik wil dat dit plan verder gaat dan de sociale dienst. Als we een verkaveling "
            "goedkeuren, moet er ook nagedacht worden over betaalbaarheid en over wie daar later "
            "kan wonen."
        ),
        "theme": "wonen",
        "finding": None,
        "target": None,
        "rationale": (
            "Pleidooi van de schepen voor een integrale kijk op wonen over de diensten heen; "
            "gekoppeld aan het overkoepelende thema wonen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "stakeholder",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Als huisarts merk ik dat veel oudere patiënten sinds de lockdown niemand meer zien "
            "behalve mij. Sommigen maken een afspraak gewoon om eens met iemand te kunnen praten."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Huisarts bevestigt dat vereenzaming bij ouderen sinds corona sterk is toegenomen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "civil_servant",
        "channel": "interview",
        "language": "nl",
        "text": (
            "We hebben geen goed zicht op wie er alleen woont en hulp nodig heeft. Wie niet zelf "
            "aanklopt, blijft onder de radar tot er iets misloopt."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Wijst op de onzichtbare groep alleenwonende ouderen; onderbouwt het knelpunt "
            "vereenzaming."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "stakeholder",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Op onze school in Veltem zijn er ouders die de factuur voor de zeeklassen in vijf "
            "keer afbetalen, en nog lukt het niet. Die kinderen blijven dan thuis met een smoesje."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Concreet voorbeeld van schoolkosten waardoor kinderen uit de boot vallen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "board_member",
        "channel": "interview",
        "language": "nl",
        "text": (
            "De belbus rijdt nu nog, maar we horen dat hij verdwijnt met de basisbereikbaarheid. "
            "Daar gaan vooral onze ouderen in Winksele het slachtoffer van worden."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Eerste signaal over het verdwijnen van de belbus; aan de basis van het knelpunt "
            "openbaar vervoer."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "stakeholder",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Onze leden zijn niet mee met de digitale afspraken. Voor een attest moeten ze nu "
            "online een tijdslot kiezen, en dan bellen ze mij om het voor hen te doen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "OKRA beschrijft hoe online afspraken oudere inwoners afhankelijk maken van anderen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "civil_servant",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Er komen elk jaar meer gezinnen met een migratieachtergrond naar Herent, maar onze "
            "folders bestaan alleen in het Nederlands en staan vol ambtenarentaal."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_nieuwkomers",
        "target": None,
        "rationale": "Medewerker wijst op taaldrempels in de eigen communicatie naar nieuwkomers.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "stakeholder",
        "channel": "interview",
        "language": "nl",
        "text": (
            "In de chiro zien we meer kinderen en tieners die dichtklappen. De leiding is zelf "
            "amper achttien en weet niet goed wat ze daarmee moet."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Jeugdwerk signaleert psychisch onwelzijn dat het zelf niet kan opvangen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_interviews",
        "participant_type": "board_member",
        "channel": "interview",
        "language": "nl",
        "text": (
            "Kunnen we de gemeentelijke belastingen voor gepensioneerden niet gewoon verlagen? Dat "
            "helpt iedereen meteen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Een algemene belastingverlaging is een fiscale keuze in het meerjarenplan en geen "
            "doelgerichte sociale maatregel; doorgegeven aan de financieel directeur voor de "
            "budgetbesprekingen."
        ),
        "contact": None,
    },
    # analysis: working session with department heads
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Bij de heraanleg van voetpaden krijgen we veel klachten van mensen met een rollator "
            "over hoge boordstenen en scheve tegels in het centrum van Veltem."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De heraanleg van voetpaden volgt het meerjarig voetpadenprogramma van de dienst "
            "openbaar domein; het signaal is daar opgenomen en niet opnieuw in het sociaal "
            "beleidsplan."
        ),
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Jongeren hangen rond aan de kerk en aan het station omdat ze nergens anders "
            "terechtkunnen. Dan komen er klachten van buren, en wij kunnen alleen zeggen dat ze "
            "moeten opschuiven."
        ),
        "theme": "samenleven",
        "finding": "k_jongeren",
        "target": None,
        "rationale": (
            "Jeugddienst beschrijft het gebrek aan een eigen plek voor jongeren en de spanning met "
            "buurtbewoners."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "In de bib helpen we elke dag mensen met hun mails en hun bankapp, terwijl dat "
            "eigenlijk niet onze taak is. Een vast digitaal spreekuur zou voor iedereen "
            "duidelijker zijn."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "Bibliotheek vangt de digitale kloof nu informeel op; onderbouwt het knelpunt "
            "toegankelijke dienstverlening."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "De wachtlijst voor een sociale huurwoning in Herent loopt op tot zes, zeven jaar. "
            "Intussen wonen mensen in woningen die eigenlijk ongeschikt zijn."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Dienst wonen levert de cijfers over de wachtlijst voor sociale huur.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Veel mantelzorgers komen pas bij ons als ze zelf op instorten staan. Dan is het "
            "eigenlijk al te laat om nog preventief iets te doen."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": (
            "Sociale dienst ziet mantelzorgers pas in crisis; basis voor het knelpunt overbelaste "
            "mantelzorgers."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Elke dienst werkt met zijn eigen lijst van kwetsbare inwoners. We zouden die gegevens "
            "beter moeten delen, dan moeten mensen hun verhaal niet vijf keer doen."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Het delen van persoonsgegevens tussen diensten vraagt eerst een toetsing aan de "
            "privacywetgeving; dit wordt opgevolgd door de functionaris voor gegevensbescherming, "
            "buiten dit plan."
        ),
        "contact": None,
    },
    {
        "moment": "m_analysis_werksessie",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Aan het onthaal van het sociaal huis is er geen aparte ruimte. Mensen moeten hun "
            "verhaal doen terwijl de volgende in de rij meeluistert."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": None,
        "target": None,
        "rationale": "Gebrek aan privacy aan het loket is een drempel om hulp te vragen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
]
