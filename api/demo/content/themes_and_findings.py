"""The theme tree and the findings (knelpunten)."""

from typing import Any

# The theme tree (two levels); parents come before their children.
THEMES: list[dict[str, Any]] = [
    {
        "key": "wonen",
        "title": {"nl": "Wonen", "en": "Housing"},
        "parent": None,
    },
    {
        "key": "betaalbaar_wonen",
        "title": {"nl": "Betaalbaar wonen", "en": "Affordable housing"},
        "parent": "wonen",
    },
    {
        "key": "energiearmoede",
        "title": {"nl": "Energiearmoede", "en": "Energy poverty"},
        "parent": "wonen",
    },
    {
        "key": "armoede",
        "title": {"nl": "Armoede en rondkomen", "en": "Poverty and making ends meet"},
        "parent": None,
    },
    {
        "key": "kinderarmoede",
        "title": {"nl": "Kinderarmoede", "en": "Child poverty"},
        "parent": "armoede",
    },
    {
        "key": "zorg_en_welzijn",
        "title": {"nl": "Zorg en welzijn", "en": "Care and wellbeing"},
        "parent": None,
    },
    {
        "key": "eenzaamheid",
        "title": {"nl": "Eenzaamheid", "en": "Loneliness"},
        "parent": "zorg_en_welzijn",
    },
    {
        "key": "mantelzorg",
        "title": {"nl": "Mantelzorg", "en": "Informal care"},
        "parent": "zorg_en_welzijn",
    },
    {
        "key": "mentaal_welzijn_jongeren",
        "title": {"nl": "Mentaal welzijn van jongeren", "en": "Mental wellbeing of young people"},
        "parent": "zorg_en_welzijn",
    },
    {
        "key": "mobiliteit",
        "title": {"nl": "Mobiliteit", "en": "Mobility"},
        "parent": None,
    },
    {
        "key": "toegankelijke_dienstverlening",
        "title": {"nl": "Toegankelijke dienstverlening", "en": "Accessible services"},
        "parent": None,
    },
    {
        "key": "samenleven",
        "title": {
            "nl": "Samenleven, ontmoeting en vrijwilligerswerk",
            "en": "Living together, meeting and volunteering",
        },
        "parent": None,
    },
]

# Findings (knelpunten). K8 was heard but feeds no goal: public transport is decided by the
# transport region (vervoerregio), not by this plan.
FINDINGS: list[dict[str, Any]] = [
    {
        "key": "k_eenzaamheid",
        "code": "K1",
        "title": {
            "nl": "Oudere inwoners vereenzamen",
            "en": "Older residents are becoming isolated",
        },
        "description": {
            "nl": (
                "Sinds de coronamaatregelen komen veel alleenwonende ouderen nauwelijks nog "
                "buiten. Vooral in Winksele en Veltem-Beisem ontbreekt een vaste ontmoetingsplek "
                "dichtbij huis, en wie minder mobiel is, valt het eerst uit de boot."
            ),
        },
    },
    {
        "key": "k_betaalbaar_wonen",
        "code": "K2",
        "title": {
            "nl": "Betaalbaar en energiezuinig wonen is voor velen onbereikbaar",
            "en": "Affordable, energy-efficient housing is out of reach for many",
        },
        "description": {
            "nl": (
                "Door de nabijheid van Leuven liggen de huurprijzen in Herent hoog, en de "
                "wachtlijst voor een sociale huurwoning loopt op tot zes jaar. Wie huurt, woont "
                "vaak in een slecht geïsoleerde woning en ziet de energiefactuur sterk stijgen."
            ),
        },
    },
    {
        "key": "k_kinderarmoede",
        "code": "K3",
        "title": {
            "nl": "Kinderen in kwetsbare gezinnen missen kansen",
            "en": "Children in vulnerable families miss out on opportunities",
        },
        "description": {
            "nl": (
                "Schoolkosten, hobby's, kampen en gezonde voeding zijn voor een groeiende groep "
                "gezinnen niet meer betaalbaar. Ouders schamen zich om hulp te vragen en kennen de "
                "bestaande tegemoetkomingen vaak niet."
            ),
        },
    },
    {
        "key": "k_toegankelijkheid",
        "code": "K4",
        "title": {
            "nl": "De dienstverlening is niet voor iedereen bereikbaar",
            "en": "Services are not accessible to everyone",
        },
        "description": {
            "nl": (
                "Steeds meer loopt digitaal of op afspraak, terwijl een deel van de inwoners geen "
                "computer heeft of de formulieren niet begrijpt. De openingsuren van het sociaal "
                "huis passen niet bij werkende mensen, en het gebouw is voor rolstoelgebruikers "
                "moeilijk toegankelijk."
            ),
        },
    },
    {
        "key": "k_jongeren",
        "code": "K5",
        "title": {
            "nl": "Jongeren zitten niet goed in hun vel en missen een eigen plek",
            "en": "Young people struggle mentally and lack a place of their own",
        },
        "description": {
            "nl": (
                "Na de lockdowns zien scholen en jeugdwerk meer jongeren met angst en somberheid, "
                "terwijl de wachttijden in de hulpverlening lang zijn. Buiten de jeugdbewegingen "
                "zijn er weinig plekken waar tieners zonder verplichtingen kunnen afspreken."
            ),
        },
    },
    {
        "key": "k_mantelzorg",
        "code": "K6",
        "title": {"nl": "Mantelzorgers raken overbelast", "en": "Informal carers are overburdened"},
        "description": {
            "nl": (
                "Wie zorgt voor een partner, ouder of kind met een beperking, doet dat vaak "
                "jarenlang zonder pauze. Mantelzorgers kennen de premie en de ondersteuning niet "
                "en vinden geen opvang wanneer ze zelf even op adem moeten komen."
            ),
        },
    },
    {
        "key": "k_nieuwkomers",
        "code": "K7",
        "title": {
            "nl": "Nieuwkomers vinden moeilijk aansluiting",
            "en": "Newcomers struggle to find their place",
        },
        "description": {
            "nl": (
                "Nieuwkomers willen Nederlands oefenen, maar buiten de les krijgen ze daar weinig "
                "kansen voor. Brieven van gemeente en OCMW zijn voor hen moeilijk te begrijpen, en "
                "verenigingen bereiken hen nauwelijks."
            ),
        },
    },
    {
        "key": "k_openbaar_vervoer",
        "code": "K8",
        "title": {
            "nl": "Zonder auto raak je moeilijk weg uit de deelgemeenten",
            "en": "Without a car it is hard to get around from the sub-municipalities",
        },
        "description": {
            "nl": (
                "De busverbindingen tussen Winksele, Veltem-Beisem, het centrum van Herent en "
                "Leuven zijn schaars, en met de hervorming naar basisbereikbaarheid verdwijnt de "
                "belbus. Ouderen en mensen met een beperking geraken daardoor moeilijk bij de "
                "dokter, de winkel of het sociaal huis."
            ),
        },
    },
]
