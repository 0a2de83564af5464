"""Inputs of the phase stakeholder talks."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
    # stakeholder talks: workshop
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Eigenaars willen wel via ons verhuren, maar ze schrikken van de renovatie die nodig "
            "is om aan de normen te voldoen. Met een extra premie van de gemeente zouden we er elk "
            "jaar een paar woningen bij krijgen."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Sociaal Verhuurkantoor reikt een concrete hefboom aan voor meer betaalbare "
            "huurwoningen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Mensen in armoede voelen zich aan de voedselbedeling bekeken. Een sociale kruidenier, "
            "waar je zelf kiest en een klein bedrag betaalt, geeft veel meer waardigheid."
        ),
        "theme": "armoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": "Welzijnsschakels vraagt een waardiger vorm van voedselhulp voor gezinnen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Jonge ouders die net naar Herent verhuisd zijn, kennen niemand. Ze vinden de weg naar "
            "het consultatiebureau, maar daarna verdwijnen ze uit beeld."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Huis van het Kind wijst op het ontbrekende netwerk van jonge gezinnen; gekoppeld aan "
            "het thema samenleven en ontmoeting."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "De warme maaltijden in het dienstencentrum worden goed bezocht, maar bijna alleen "
            "door mensen uit het centrum van Herent. Voor Winksele en Veltem is het gewoon te ver."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Toont dat het bestaande ontmoetingsaanbod de deelgemeenten niet bereikt.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Als sportclub laten we gerust kinderen gratis meedoen, maar we weten niet welke "
            "gezinnen het nodig hebben, en ouders vragen er zelf niet naar."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": (
            "Sportclub wil drempels verlagen maar botst op schaamte en gebrek aan informatie."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Jongeren tussen 16 en 25 vallen tussen twee stoelen: te oud voor de jeugdhulp, te "
            "jong om zelf de weg naar de volwassenenhulp te vinden."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "CAW beschrijft de kloof in de hulpverlening voor jongvolwassenen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Bij energiescans zien we dat huurders bijna niets mogen aanpassen. De eigenaar moet "
            "mee aan tafel, anders blijft het bij spaarlampen en tochtstrips."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Dienst omgeving legt de beperking van energiescans bij huurders bloot; de verhuurder "
            "moet betrokken worden."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Bij OKRA hebben we vrijwilligers die graag mensen thuis bezoeken, maar we bereiken "
            "alleen onze eigen leden. Wie geen lid is, zien we nooit."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Bestaande bezoekersvrijwilligers bereiken de meest geïsoleerde ouderen niet.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Als thuisverpleegkundige kom ik bij mantelzorgers die al jaren geen dag vrij hebben "
            "genomen. Ze weten niet eens dat er zoiets als respijtzorg bestaat."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": (
            "Thuisverpleging bevestigt de overbelasting van mantelzorgers en hun onbekendheid met "
            "respijtzorg."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het OCMW zou zelf een woonzorgcentrum moeten bouwen in Veltem-Beisem, want de "
            "wachtlijsten in de regio zijn enorm."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "De bouw van een woonzorgcentrum valt buiten de draagkracht en de looptijd van dit "
            "plan; de programmatie van de ouderenzorg is een Vlaamse bevoegdheid."
        ),
        "contact": None,
    },
    {
        "moment": "m_stakeholders_1",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Kunnen de verenigingen niet één gedeelde kalender krijgen? Nu organiseren we soms "
            "drie activiteiten voor senioren op dezelfde namiddag."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "open",
        "reason": None,
        "contact": None,
    },
    # stakeholder talks: online table
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Als de rechtstreekse bus naar het ziekenhuis verdwijnt, moeten onze ouderen twee keer "
            "overstappen voor een consultatie op Gasthuisberg. Velen zullen dan gewoon niet meer "
            "gaan."
        ),
        "theme": "mobiliteit",
        "finding": "k_openbaar_vervoer",
        "target": None,
        "rationale": (
            "Seniorenraad vreest dat de hervorming van het busnet ouderen van zorg afsnijdt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Veel mensen met een laag inkomen weten niet dat ze recht hebben op het sociaal tarief "
            "voor energie. Ze betalen maanden te veel zonder het te beseffen."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Onderbenutting van het sociaal tarief verzwaart de energiefactuur van kwetsbare "
            "gezinnen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "De wachttijd bij het centrum voor geestelijke gezondheidszorg is voor jongeren "
            "opgelopen tot negen maanden. Een eerste babbel dichtbij huis kan veel opvangen voor "
            "het echt misloopt."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": (
            "Wachttijden in de geestelijke gezondheidszorg maken een laagdrempelig aanspreekpunt "
            "voor jongeren nodig."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Mensen met een verstandelijke beperking krijgen brieven van het OCMW die zelfs hun "
            "begeleiders twee keer moeten lezen. Schrijf in korte zinnen en zet erbij wat iemand "
            "moet doen."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": None,
        "rationale": (
            "Vereniging voor personen met een beperking vraagt klare taal in de briefwisseling."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Mantelzorgers kunnen 's avonds niet naar een infoavond, want dan moeten ze net "
            "zorgen. Organiseer iets overdag en voorzie iemand die even bij de zorgbehoevende "
            "blijft."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": "Praktische drempel voor mantelzorgers om ondersteuning te vinden.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Wie een huurwaarborg van drie maanden moet ophoesten, blijft in een slechte woning "
            "zitten. Een renteloze lening voor de waarborg zou al veel deuren openen."
        ),
        "theme": "betaalbaar_wonen",
        "finding": None,
        "target": None,
        "rationale": "De huurwaarborg is een concrete drempel op de private huurmarkt.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "De federale overheid moet de leeflonen optrekken tot boven de armoedegrens, anders "
            "blijft alles wat de gemeente doet pleisters plakken."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Het bedrag van het leefloon is een federale bevoegdheid; het signaal is opgenomen in "
            "de nota die het bestuur aan de hogere overheden bezorgt, maar niet in dit plan."
        ),
        "contact": None,
    },
    {
        "moment": "m_stakeholders_2",
        "participant_type": "stakeholder",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Zou de gemeente een buurtwerker kunnen aanstellen die de verenigingen in "
            "Veltem-Beisem met elkaar in contact brengt?"
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
