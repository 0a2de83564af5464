"""Demo content: the social policy plan of Herent 2022-2027, as its trail could have looked.

Pure data for `api.demo.loader`. The plan, its phases and structure follow the real process
(Herent, 2021-2022, facilitated by Avansa Oost-Brabant); the inputs, names and e-mail addresses
are invented. All content is Dutch, with English (and for the plan French) titles.
"""

from typing import Any

PLAN: dict[str, Any] = {
    "title": {
        "nl": "Sociaal beleidsplan Herent 2022-2027",
        "en": "Herent social policy plan 2022-2027",
        "fr": "Plan de politique sociale de Herent 2022-2027",
    },
    "description": {
        "nl": (
            "Integraal en inclusief sociaal beleidsplan van gemeente en OCMW Herent, in 2021-2022 "
            "opgemaakt samen met inwoners, verenigingen, doelgroepen, medewerkers en bestuur, met "
            "procesbegeleiding door Avansa Oost-Brabant. Het plan vertaalt wat we hoorden in "
            "Herent, Veltem-Beisem en Winksele naar vijf strategische doelstellingen en concrete "
            "acties."
        ),
        "en": (
            "Integrated and inclusive social policy plan of the municipality and public social "
            "welfare centre (OCMW) of Herent, drawn up in 2021-2022 with residents, associations, "
            "target groups, staff and the board, facilitated by Avansa Oost-Brabant. It translates "
            "what we heard in Herent, Veltem-Beisem and Winksele into five strategic goals and "
            "concrete actions."
        ),
    },
    "period_start": "2022-01-01",
    "period_end": "2027-12-31",
}


# The six phases, in order.
PHASES: list[tuple[str, str, str]] = [
    ("analysis", "2021-03-01", "2021-05-31"),
    ("stakeholder_talks", "2021-06-01", "2021-07-15"),
    ("citizen_consultation", "2021-09-01", "2021-10-31"),
    ("target_group_questioning", "2021-11-01", "2022-01-31"),
    ("strategic_note", "2022-02-01", "2022-04-30"),
    ("goals_to_actions", "2022-05-01", "2022-09-30"),
]


# Participation moments: sessions where input was gathered.
MOMENTS: list[dict[str, Any]] = [
    {
        "key": "m_analysis_interviews",
        "phase": "analysis",
        "title": "Verkennende interviews met sleutelfiguren",
        "held_on": "2021-04-22",
        "method": "interview",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 14,
        "place": "Gemeentehuis Herent, vergaderzaal De Linde",
        "online": False,
    },
    {
        "key": "m_analysis_werksessie",
        "phase": "analysis",
        "title": "Omgevingsanalyse: werksessie met diensthoofden en medewerkers",
        "held_on": "2021-05-11",
        "method": "workshop",
        "facilitator": "Katrien Wouters",
        "participant_count": 19,
        "place": "Gemeentehuis Herent, raadzaal",
        "online": False,
    },
    {
        "key": "m_stakeholders_1",
        "phase": "stakeholder_talks",
        "title": "Stakeholdersoverleg: van aandachtspunten naar uitdagingen",
        "held_on": "2021-06-10",
        "method": "workshop",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 34,
        "place": "Cultuurcentrum Herent, polyvalente zaal",
        "online": False,
    },
    {
        "key": "m_stakeholders_2",
        "phase": "stakeholder_talks",
        "title": "Digitale gesprekstafel met verenigingen en zorgpartners",
        "held_on": "2021-06-29",
        "method": "online_table",
        "facilitator": "Jonas Peeters",
        "participant_count": 23,
        "place": None,
        "online": True,
    },
    {
        "key": "m_citizens_online_1",
        "phase": "citizen_consultation",
        "title": "Digitale gesprekstafel 'Wonen en rondkomen'",
        "held_on": "2021-09-21",
        "method": "online_table",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 19,
        "place": None,
        "online": True,
    },
    {
        "key": "m_citizens_online_2",
        "phase": "citizen_consultation",
        "title": "Digitale gesprekstafel 'Zorg, ontmoeting en eenzaamheid'",
        "held_on": "2021-09-28",
        "method": "online_table",
        "facilitator": "Jonas Peeters",
        "participant_count": 24,
        "place": None,
        "online": True,
    },
    {
        "key": "m_citizens_online_3",
        "phase": "citizen_consultation",
        "title": "Digitale gesprekstafel 'Jong zijn in Herent'",
        "held_on": "2021-10-05",
        "method": "online_table",
        "facilitator": "Jonas Peeters",
        "participant_count": 15,
        "place": None,
        "online": True,
    },
    {
        "key": "m_citizens_survey",
        "phase": "citizen_consultation",
        "title": "Bevraging 'Herent, warm en sociaal' (online en op papier)",
        "held_on": "2021-09-15",
        "method": "survey",
        "facilitator": "Katrien Wouters",
        "participant_count": 347,
        "place": None,
        "online": True,
    },
    {
        "key": "m_citizens_veltem",
        "phase": "citizen_consultation",
        "title": "Buurtgesprek in Veltem-Beisem",
        "held_on": "2021-10-12",
        "method": "workshop",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 27,
        "place": "Ontmoetingscentrum Veltem-Beisem, grote zaal",
        "online": False,
    },
    {
        "key": "m_citizens_winksele",
        "phase": "citizen_consultation",
        "title": "Buurtgesprek in Winksele",
        "held_on": "2021-10-19",
        "method": "workshop",
        "facilitator": "Jonas Peeters",
        "participant_count": 21,
        "place": "Parochiezaal Winksele",
        "online": False,
    },
    {
        "key": "m_tg_dienstencentrum",
        "phase": "target_group_questioning",
        "title": "Gesprek met bezoekers van het lokaal dienstencentrum",
        "held_on": "2021-11-16",
        "method": "target_group_visit",
        "facilitator": "Els Janssens",
        "participant_count": 18,
        "place": "Lokaal dienstencentrum Herent, cafetaria",
        "online": False,
    },
    {
        "key": "m_tg_huisbezoeken",
        "phase": "target_group_questioning",
        "title": "Huisbezoeken bij alleenwonende 75-plussers",
        "held_on": "2021-11-22",
        "method": "interview",
        "facilitator": "Els Janssens",
        "participant_count": 12,
        "place": None,
        "online": False,
    },
    {
        "key": "m_tg_voedselhulp",
        "phase": "target_group_questioning",
        "title": "Gesprek aan de voedselbedeling",
        "held_on": "2021-12-09",
        "method": "target_group_visit",
        "facilitator": "Katrien Wouters",
        "participant_count": 11,
        "place": "Sociaal huis Herent, ruimte voedselbedeling",
        "online": False,
    },
    {
        "key": "m_tg_nieuwkomers",
        "phase": "target_group_questioning",
        "title": "Gesprek met cursisten Nederlands tweede taal",
        "held_on": "2021-12-14",
        "method": "target_group_visit",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 13,
        "place": "Sociaal huis Herent, leslokaal eerste verdieping",
        "online": False,
    },
    {
        "key": "m_tg_jongeren",
        "phase": "target_group_questioning",
        "title": "Bezoek aan jongeren aan het skatepark en in het jeugdlokaal",
        "held_on": "2022-01-19",
        "method": "target_group_visit",
        "facilitator": "Bram Maes",
        "participant_count": 16,
        "place": "Jeugdlokaal Winksele",
        "online": False,
    },
    {
        "key": "m_strategic_board",
        "phase": "strategic_note",
        "title": "Werksessie strategische nota met college en managementteam",
        "held_on": "2022-03-17",
        "method": "workshop",
        "facilitator": "Katrien Wouters",
        "participant_count": 16,
        "place": "Gemeentehuis Herent, raadzaal",
        "online": False,
    },
    {
        "key": "m_actions_workshop",
        "phase": "goals_to_actions",
        "title": "Van doelstellingen naar acties: werksessie met partners",
        "held_on": "2022-05-24",
        "method": "workshop",
        "facilitator": "Sofie Vandenberghe",
        "participant_count": 41,
        "place": "Cultuurcentrum Herent, polyvalente zaal",
        "online": False,
    },
    {
        "key": "m_actions_online",
        "phase": "goals_to_actions",
        "title": "Digitale gesprekstafel: acties aftoetsen bij inwoners",
        "held_on": "2022-06-14",
        "method": "online_table",
        "facilitator": "Jonas Peeters",
        "participant_count": 20,
        "place": None,
        "online": True,
    },
]


# Internal departments and external partners.
ACTORS: list[dict[str, str]] = [
    {"key": "sociale_dienst", "name": "Sociale dienst", "kind": "department"},
    {"key": "dienst_welzijn", "name": "Dienst welzijn en senioren", "kind": "department"},
    {"key": "dienst_wonen", "name": "Dienst wonen", "kind": "department"},
    {
        "key": "dienst_mobiliteit",
        "name": "Dienst mobiliteit en openbaar domein",
        "kind": "department",
    },
    {"key": "jeugddienst", "name": "Jeugddienst", "kind": "department"},
    {"key": "dienst_onthaal", "name": "Onthaal en communicatie", "kind": "department"},
    {
        "key": "dienst_vrije_tijd",
        "name": "Dienst vrije tijd (cultuur, sport en bibliotheek)",
        "kind": "department",
    },
    {"key": "dienst_omgeving", "name": "Dienst omgeving en duurzaamheid", "kind": "department"},
    {"key": "caw_oost_brabant", "name": "CAW Oost-Brabant", "kind": "partner"},
    {"key": "avansa_oost_brabant", "name": "Avansa Oost-Brabant", "kind": "partner"},
    {"key": "sociaal_verhuurkantoor", "name": "Sociaal Verhuurkantoor", "kind": "partner"},
    {"key": "okra_herent", "name": "OKRA Herent", "kind": "partner"},
    {"key": "de_lijn", "name": "De Lijn", "kind": "partner"},
    {"key": "huis_van_het_kind", "name": "Huis van het Kind Herent", "kind": "partner"},
    {"key": "welzijnsschakels", "name": "Welzijnsschakels Herent", "kind": "partner"},
    {"key": "lokaal_dienstencentrum", "name": "Lokaal dienstencentrum Herent", "kind": "partner"},
    {"key": "sportkring_winksele", "name": "Sportkring Winksele", "kind": "partner"},
    {
        "key": "basisschool_veltem",
        "name": "Gemeentelijke basisschool Veltem-Beisem",
        "kind": "partner",
    },
    {"key": "energiehuis", "name": "Energiehuis regio Leuven", "kind": "partner"},
]


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


# Strategic goals, with the findings and themes they answer.
GOALS: list[dict[str, Any]] = [
    {
        "key": "sd1",
        "code": "SD1",
        "title": {
            "nl": "Niemand staat er in Herent alleen voor",
            "en": "No one in Herent has to face it alone",
        },
        "description": {
            "nl": (
                "We bouwen aan een zorgzame gemeente waarin oudere inwoners en mantelzorgers "
                "dichtbij huis ontmoeting, steun en een helpende hand vinden. Vrijwilligers en "
                "verenigingen zijn daarin een sterke schakel."
            ),
        },
        "priority": True,
        "findings": [
            (
                "k_eenzaamheid",
                (
                    "Vereenzaming van ouderen kwam in elke fase terug; ontmoeting dichtbij huis is "
                    "het antwoord dat inwoners het vaakst zelf voorstelden."
                ),
            ),
            (
                "k_mantelzorg",
                (
                    "Overbelaste mantelzorgers dreigen zelf te vereenzamen; hen ondersteunen hoort "
                    "bij een gemeente waar niemand er alleen voor staat."
                ),
            ),
        ],
        "themes": [
            (
                "eenzaamheid",
                (
                    "Het thema eenzaamheid bundelt de meeste inbreng uit de gesprekstafels, het "
                    "dienstencentrum en de huisbezoeken."
                ),
            ),
            (
                "mantelzorg",
                (
                    "Mantelzorg werd uitdrukkelijk mee opgenomen na de signalen van "
                    "thuisverpleging, sociale dienst en mantelzorgers zelf."
                ),
            ),
            (
                "samenleven",
                (
                    "Vrijwilligerswerk en buurtinitiatieven zijn de hefboom waarmee deze "
                    "doelstelling in de deelgemeenten wordt uitgevoerd."
                ),
            ),
        ],
    },
    {
        "key": "sd2",
        "code": "SD2",
        "title": {
            "nl": "Iedereen woont betaalbaar, gezond en energiezuinig",
            "en": "Everyone lives in affordable, healthy and energy-efficient housing",
        },
        "description": {
            "nl": (
                "Gemeente en OCMW zetten hun eigen middelen in om het aanbod betaalbare "
                "huurwoningen uit te breiden, en helpen huurders en eigenaars met een laag inkomen "
                "om hun woning energiezuinig te maken."
            ),
        },
        "priority": True,
        "findings": [
            (
                "k_betaalbaar_wonen",
                (
                    "De doelstelling beantwoordt rechtstreeks het tekort aan betaalbare "
                    "huurwoningen en de stijgende energiekosten van huurders."
                ),
            ),
        ],
        "themes": [
            (
                "betaalbaar_wonen",
                (
                    "Kern van de doelstelling: meer betaalbare en kwaliteitsvolle huurwoningen in "
                    "de drie deelgemeenten."
                ),
            ),
            (
                "energiearmoede",
                (
                    "De energiecrisis van 2021-2022 maakte energiearmoede een onlosmakelijk deel "
                    "van betaalbaar wonen."
                ),
            ),
        ],
    },
    {
        "key": "sd3",
        "code": "SD3",
        "title": {
            "nl": "Elk kind in Herent krijgt gelijke kansen",
            "en": "Every child in Herent gets equal opportunities",
        },
        "description": {
            "nl": (
                "We verlagen de drempels die kinderen uit gezinnen met een laag inkomen uitsluiten "
                "van school, vrije tijd en gezonde voeding, zonder dat ouders zich daarvoor moeten "
                "schamen."
            ),
        },
        "priority": True,
        "findings": [
            (
                "k_kinderarmoede",
                (
                    "De doelstelling vertrekt van de signalen van scholen, jeugdwerk, de "
                    "voedselbedeling en ouders over kosten die kinderen uitsluiten."
                ),
            ),
        ],
        "themes": [
            (
                "armoede",
                (
                    "Armoede in het gezin is de bredere context waarin kinderen kansen missen; de "
                    "voedselhulp hoort daar ook bij."
                ),
            ),
            (
                "kinderarmoede",
                (
                    "Het bestuur koos ervoor kinderarmoede als aparte prioriteit te benoemen en er "
                    "jaarlijks over te rapporteren."
                ),
            ),
        ],
    },
    {
        "key": "sd4",
        "code": "SD4",
        "title": {
            "nl": "Gemeente en OCMW zijn voor iedereen bereikbaar en verstaanbaar",
            "en": "Municipality and OCMW are accessible and understandable for everyone",
        },
        "description": {
            "nl": (
                "Het sociaal huis en de gemeentelijke loketten zijn fysiek, digitaal en in taal "
                "bereikbaar, ook voor wie overdag werkt, geen computer heeft, een beperking heeft "
                "of nog geen Nederlands spreekt."
            ),
        },
        "priority": False,
        "findings": [
            (
                "k_toegankelijkheid",
                (
                    "Digitale drempels, beperkte openingsuren en een ontoegankelijk gebouw zijn "
                    "precies wat deze doelstelling wil wegwerken."
                ),
            ),
            (
                "k_nieuwkomers",
                (
                    "Onbegrijpelijke brieven en weinig oefenkansen Nederlands maken de "
                    "dienstverlening voor nieuwkomers onbereikbaar; daarom horen ze bij deze "
                    "doelstelling."
                ),
            ),
        ],
        "themes": [
            (
                "toegankelijke_dienstverlening",
                (
                    "Het thema bundelt alle inbreng over loketten, openingsuren, digitale hulp en "
                    "klare taal."
                ),
            ),
        ],
    },
    {
        "key": "sd5",
        "code": "SD5",
        "title": {
            "nl": "Jongeren vinden ruimte om af te spreken en steun als het moeilijk gaat",
            "en": "Young people find room to meet and support when things get hard",
        },
        "description": {
            "nl": (
                "Jongeren krijgen een eigen plek om zonder verplichtingen af te spreken en een "
                "laagdrempelig aanspreekpunt wanneer het mentaal minder goed gaat. Ze ontwerpen "
                "die plekken zelf mee."
            ),
        },
        "priority": False,
        "findings": [
            (
                "k_jongeren",
                (
                    "De doelstelling antwoordt op beide kanten van het knelpunt: het mentale "
                    "welzijn van jongeren en hun vraag naar een eigen plek."
                ),
            ),
        ],
        "themes": [
            (
                "mentaal_welzijn_jongeren",
                (
                    "Jongeren, ouders, het CAW en het jeugdwerk vroegen een eerste aanspreekpunt "
                    "voor wie het moeilijk heeft, dichtbij huis."
                ),
            ),
        ],
    },
]


# Action plans (actieplannen), one goal each.
ACTION_PLANS: list[dict[str, Any]] = [
    {
        "key": "ap1_1",
        "code": "AP1.1",
        "goal": "sd1",
        "title": {
            "nl": "Ontmoeting dichtbij huis in elke deelgemeente",
            "en": "Meeting places close to home in every sub-municipality",
        },
        "rationale": (
            "Inwoners vroegen geen nieuw groot centrum maar kleine, vaste ontmoetingsmomenten in "
            "hun eigen dorp; zo bereiken we ook ouderen die niet ver meer geraken."
        ),
    },
    {
        "key": "ap1_2",
        "code": "AP1.2",
        "goal": "sd1",
        "title": {
            "nl": "Mantelzorgers ondersteunen en ontlasten",
            "en": "Supporting and relieving informal carers",
        },
        "rationale": (
            "Mantelzorgers vroegen om erkenning, informatie en af en toe een adempauze; dit "
            "actieplan bundelt die drie sporen."
        ),
    },
    {
        "key": "ap2_1",
        "code": "AP2.1",
        "goal": "sd2",
        "title": {"nl": "Meer betaalbare huurwoningen", "en": "More affordable rental homes"},
        "rationale": (
            "Het tekort aan betaalbare huurwoningen kan de gemeente alleen verkleinen door het "
            "private huuraanbod, de leegstand en haar eigen gronden slim in te zetten."
        ),
    },
    {
        "key": "ap2_2",
        "code": "AP2.2",
        "goal": "sd2",
        "title": {
            "nl": "Energiearmoede voorkomen en aanpakken",
            "en": "Preventing and tackling energy poverty",
        },
        "rationale": (
            "Een lagere energiefactuur maakt wonen meteen betaalbaarder; structurele renovatie en "
            "acute noodhulp gaan in dit actieplan samen."
        ),
    },
    {
        "key": "ap3_1",
        "code": "AP3.1",
        "goal": "sd3",
        "title": {
            "nl": "Kansen voor kinderen in kwetsbare gezinnen",
            "en": "Opportunities for children in vulnerable families",
        },
        "rationale": (
            "De drempels voor kinderen liggen bij school, vrije tijd en voeding; dit actieplan "
            "pakt ze aan met de partners die de kinderen dagelijks zien."
        ),
    },
    {
        "key": "ap4_1",
        "code": "AP4.1",
        "goal": "sd4",
        "title": {
            "nl": "Een gastvrij en bereikbaar sociaal huis",
            "en": "A welcoming and accessible social house",
        },
        "rationale": (
            "Bereikbaarheid begint bij het gebouw, de openingsuren en de manier waarop mensen aan "
            "het loket ontvangen worden."
        ),
    },
    {
        "key": "ap4_2",
        "code": "AP4.2",
        "goal": "sd4",
        "title": {
            "nl": "Niemand digitaal of taalkundig uitgesloten",
            "en": "No one excluded digitally or by language",
        },
        "rationale": (
            "Wie niet digitaal mee is of nog geen Nederlands spreekt, raakt het snelst de weg "
            "kwijt; deze acties verlagen die twee drempels."
        ),
    },
    {
        "key": "ap5_1",
        "code": "AP5.1",
        "goal": "sd5",
        "title": {
            "nl": "Plekken en steun voor jongeren",
            "en": "Places and support for young people",
        },
        "rationale": (
            "Jongeren vroegen twee dingen: een eigen plek om af te spreken en iemand om mee te "
            "praten. Dit actieplan vertaalt die vraag naar een concrete plek en een vast "
            "aanspreekpunt."
        ),
    },
]


# Actions. A2.1.3 and A4.1.3 came from the board and the administration: no input points to them.
ACTIONS: list[dict[str, Any]] = [
    {
        "key": "a1_1_1",
        "code": "A1.1.1",
        "action_plan": "ap1_1",
        "title": {
            "nl": "Wekelijkse buurtkoffie in Herent, Veltem-Beisem en Winksele",
            "en": "Weekly neighbourhood coffee in Herent, Veltem-Beisem and Winksele",
        },
        "description": {
            "nl": (
                "Elke week een vrij toegankelijk koffiemoment op een vast uur in een zaal in elke "
                "deelgemeente, getrokken door vrijwilligers met ondersteuning van het lokaal "
                "dienstencentrum."
            ),
        },
        "status": "in_progress",
        "progress": 60,
        "weight": 4,
        "starts_on": "2022-09-06",
        "ends_on": "2024-06-30",
        "budget": 12000,
        "owners": ["dienst_welzijn"],
        "partners": ["lokaal_dienstencentrum", "okra_herent"],
        "priority": True,
        "rationale": (
            "Een vast, laagdrempelig ontmoetingsmoment in elk dorp is de meest directe invulling "
            "van ontmoeting dichtbij huis."
        ),
    },
    {
        "key": "a1_1_2",
        "code": "A1.1.2",
        "action_plan": "ap1_1",
        "title": {
            "nl": "Vrijwillige bezoekers voor alleenwonende ouderen",
            "en": "Volunteer visitors for older people living alone",
        },
        "description": {
            "nl": (
                "Na een eerste huisbezoek door de dienst welzijn koppelen we alleenwonende ouderen "
                "die weinig buitenkomen aan een vaste vrijwilliger die hen geregeld bezoekt."
            ),
        },
        "status": "planned",
        "progress": 0,
        "weight": 3,
        "starts_on": "2022-10-01",
        "ends_on": "2025-12-31",
        "budget": 8000,
        "owners": ["dienst_welzijn"],
        "partners": ["okra_herent", "welzijnsschakels"],
        "priority": False,
        "rationale": (
            "Wie niet meer naar een ontmoetingsmoment kan komen, bereiken we door de ontmoeting "
            "naar de mensen thuis te brengen."
        ),
    },
    {
        "key": "a1_1_3",
        "code": "A1.1.3",
        "action_plan": "ap1_1",
        "title": {
            "nl": "Vrijwillige chauffeurs voor ouderen en minder mobielen",
            "en": "Volunteer drivers for older and less mobile residents",
        },
        "description": {
            "nl": (
                "We starten een Minder Mobielen Centrale: vrijwillige chauffeurs brengen inwoners "
                "tegen een kleine kilometervergoeding naar de dokter, de winkel of een activiteit."
            ),
        },
        "status": "in_progress",
        "progress": 40,
        "weight": 3,
        "starts_on": "2022-09-15",
        "ends_on": "2023-12-31",
        "budget": 5500,
        "owners": ["dienst_welzijn", "dienst_mobiliteit"],
        "partners": ["okra_herent"],
        "priority": False,
        "rationale": (
            "Wie niet buiten geraakt, kan niet deelnemen aan ontmoeting; vervoer op maat is een "
            "voorwaarde om dit actieplan te laten werken."
        ),
    },
    {
        "key": "a1_1_4",
        "code": "A1.1.4",
        "action_plan": "ap1_1",
        "title": {"nl": "Vrijwilligerspunt voor Herent", "en": "Volunteering desk for Herent"},
        "description": {
            "nl": (
                "Een centraal aanspreekpunt in de bibliotheek brengt vraag en aanbod van "
                "vrijwilligerswerk samen en helpt verenigingen nieuwe vrijwilligers te vinden."
            ),
        },
        "status": "done",
        "progress": 100,
        "weight": 2,
        "starts_on": "2022-09-01",
        "ends_on": "2023-03-31",
        "budget": 3000,
        "owners": ["dienst_vrije_tijd"],
        "partners": ["avansa_oost_brabant"],
        "priority": False,
        "rationale": (
            "De ontmoetingsmomenten en bezoeken draaien op vrijwilligers; een vrijwilligerspunt "
            "zorgt dat er genoeg helpende handen blijven."
        ),
    },
    {
        "key": "a1_2_1",
        "code": "A1.2.1",
        "action_plan": "ap1_2",
        "title": {
            "nl": "Mantelzorgpremie verhogen en vereenvoudigen",
            "en": "Raise and simplify the informal carer allowance",
        },
        "description": {
            "nl": (
                "We verhogen de gemeentelijke mantelzorgpremie, schrappen het jaarlijkse "
                "doktersattest en informeren actief via huisartsen en thuiszorgdiensten."
            ),
        },
        "status": "done",
        "progress": 100,
        "weight": 4,
        "starts_on": "2022-07-01",
        "ends_on": "2023-01-31",
        "budget": 25000,
        "owners": ["sociale_dienst"],
        "partners": [],
        "priority": True,
        "rationale": (
            "Een hogere en eenvoudiger premie is de meest zichtbare erkenning van mantelzorgers en "
            "brengt hen in contact met de sociale dienst."
        ),
    },
    {
        "key": "a1_2_2",
        "code": "A1.2.2",
        "action_plan": "ap1_2",
        "title": {"nl": "Mantelzorgcafé", "en": "Carers' café"},
        "description": {
            "nl": (
                "Viermaal per jaar een namiddag waarop mantelzorgers elkaar ontmoeten, ervaringen "
                "delen en informatie krijgen over respijtzorg, met opvang voor wie zorg nodig "
                "heeft."
            ),
        },
        "status": "in_progress",
        "progress": 30,
        "weight": 2,
        "starts_on": "2022-10-01",
        "ends_on": "2025-12-31",
        "budget": 2000,
        "owners": ["dienst_welzijn"],
        "partners": ["lokaal_dienstencentrum"],
        "priority": False,
        "rationale": (
            "Mantelzorgers vinden bij elkaar herkenning en praktische tips; het café is ook de "
            "plek waar ze over ondersteuning horen."
        ),
    },
    {
        "key": "a1_2_3",
        "code": "A1.2.3",
        "action_plan": "ap1_2",
        "title": {
            "nl": "Respijtzorg aan huis door opgeleide vrijwilligers",
            "en": "Respite care at home by trained volunteers",
        },
        "description": {
            "nl": (
                "Opgeleide vrijwilligers nemen enkele uren per week de zorg over, zodat de "
                "mantelzorger even op adem kan komen."
            ),
        },
        "status": "proposed",
        "progress": 0,
        "weight": None,
        "starts_on": "2022-12-01",
        "ends_on": None,
        "budget": None,
        "owners": ["dienst_welzijn"],
        "partners": ["okra_herent"],
        "priority": False,
        "rationale": "Een adempauze is wat mantelzorgers het vaakst vroegen en het minst vonden.",
    },
    {
        "key": "a2_1_1",
        "code": "A2.1.1",
        "action_plan": "ap2_1",
        "title": {
            "nl": "Meer woningen inhuren via het Sociaal Verhuurkantoor",
            "en": "Rent more homes through the social rental agency",
        },
        "description": {
            "nl": (
                "We overtuigen private eigenaars om via het Sociaal Verhuurkantoor te verhuren, "
                "met een gemeentelijke renovatiepremie als extra stimulans; doel is twintig "
                "bijkomende woningen tegen eind 2025."
            ),
        },
        "status": "in_progress",
        "progress": 35,
        "weight": 5,
        "starts_on": "2022-06-01",
        "ends_on": "2025-12-31",
        "budget": 60000,
        "owners": ["dienst_wonen"],
        "partners": ["sociaal_verhuurkantoor"],
        "priority": True,
        "rationale": (
            "Het Sociaal Verhuurkantoor is de snelste weg naar meer betaalbare huurwoningen zonder "
            "zelf te bouwen."
        ),
    },
    {
        "key": "a2_1_2",
        "code": "A2.1.2",
        "action_plan": "ap2_1",
        "title": {
            "nl": "Leegstand en verwaarlozing actief opsporen",
            "en": "Actively tracking vacant and neglected homes",
        },
        "description": {
            "nl": (
                "De dienst wonen brengt leegstaande woningen in kaart en contacteert de eigenaars "
                "met een aanbod om de woning opnieuw op de huurmarkt te brengen."
            ),
        },
        "status": "in_progress",
        "progress": 50,
        "weight": 3,
        "starts_on": "2022-04-01",
        "ends_on": "2024-12-31",
        "budget": None,
        "owners": ["dienst_wonen"],
        "partners": [],
        "priority": False,
        "rationale": (
            "Elke leegstaande woning die opnieuw verhuurd wordt, is een betaalbare woning die er "
            "niet gebouwd moet worden."
        ),
    },
    {
        "key": "a2_1_3",
        "code": "A2.1.3",
        "action_plan": "ap2_1",
        "title": {
            "nl": "Gemeentegrond in Winksele voor sociale huurwoningen",
            "en": "Municipal land in Winksele for social rental housing",
        },
        "description": {
            "nl": (
                "Het bestuur onderzoekt of een gemeentelijk perceel in Winksele kan worden ingezet "
                "voor een project met sociale huurwoningen, samen met een sociale "
                "huisvestingsmaatschappij."
            ),
        },
        "status": "planned",
        "progress": 0,
        "weight": 4,
        "starts_on": "2022-09-01",
        "ends_on": "2027-12-31",
        "budget": None,
        "owners": ["dienst_wonen", "dienst_omgeving"],
        "partners": [],
        "priority": False,
        "rationale": (
            "Eigen grond is de hefboom die de gemeente zelf in handen heeft om het aanbod sociale "
            "huurwoningen structureel te vergroten."
        ),
    },
    {
        "key": "a2_2_1",
        "code": "A2.2.1",
        "action_plan": "ap2_2",
        "title": {
            "nl": "Gratis energiescan en energiecoach voor kwetsbare gezinnen",
            "en": "Free energy scan and energy coach for vulnerable households",
        },
        "description": {
            "nl": (
                "Gezinnen met een laag inkomen krijgen een gratis energiescan en een energiecoach "
                "die kleine ingrepen uitvoert en later terugkomt om de verbruiken op te volgen."
            ),
        },
        "status": "in_progress",
        "progress": 70,
        "weight": 4,
        "starts_on": "2022-05-01",
        "ends_on": "2023-12-31",
        "budget": 18000,
        "owners": ["dienst_omgeving"],
        "partners": ["energiehuis"],
        "priority": True,
        "rationale": (
            "Energiescans met opvolging verlagen de factuur meteen en geven zicht op de woningen "
            "die een grotere renovatie nodig hebben."
        ),
    },
    {
        "key": "a2_2_2",
        "code": "A2.2.2",
        "action_plan": "ap2_2",
        "title": {"nl": "Noodfonds voor energiefacturen", "en": "Emergency fund for energy bills"},
        "description": {
            "nl": (
                "Een tijdelijk noodfonds bij de sociale dienst komt tussen in hoge "
                "eindafrekeningen voor gezinnen die net buiten het sociaal tarief vallen."
            ),
        },
        "status": "done",
        "progress": 100,
        "weight": 3,
        "starts_on": "2022-10-01",
        "ends_on": "2023-04-30",
        "budget": 40000,
        "owners": ["sociale_dienst"],
        "partners": ["caw_oost_brabant"],
        "priority": False,
        "rationale": (
            "Naast structurele maatregelen was acute hulp nodig om gezinnen de winter van "
            "2022-2023 door te helpen."
        ),
    },
    {
        "key": "a2_2_3",
        "code": "A2.2.3",
        "action_plan": "ap2_2",
        "title": {
            "nl": "Collectieve renovatie van huurwoningen",
            "en": "Collective renovation of rental homes",
        },
        "description": {
            "nl": (
                "Een groepsaankoop voor dakisolatie en hoogrendementsglas voor verhuurders die aan "
                "gezinnen met een laag inkomen verhuren."
            ),
        },
        "status": "dropped",
        "progress": 15,
        "weight": 2,
        "starts_on": "2022-09-01",
        "ends_on": None,
        "budget": None,
        "owners": ["dienst_omgeving"],
        "partners": ["sociaal_verhuurkantoor", "energiehuis"],
        "priority": False,
        "rationale": (
            "Huurders kunnen zelf weinig aan hun woning veranderen; de verhuurder moest mee aan "
            "boord om de energiekosten structureel te verlagen."
        ),
    },
    {
        "key": "a3_1_1",
        "code": "A3.1.1",
        "action_plan": "ap3_1",
        "title": {"nl": "Vrijetijdspas met kansentarief", "en": "Leisure pass with reduced rate"},
        "description": {
            "nl": (
                "Kinderen uit gezinnen met een beperkt inkomen krijgen 80 procent korting op "
                "sportclubs, jeugdbewegingen, speelpleinwerking, kampen en de academie."
            ),
        },
        "status": "in_progress",
        "progress": 80,
        "weight": 5,
        "starts_on": "2022-09-01",
        "ends_on": "2023-08-31",
        "budget": 30000,
        "owners": ["dienst_vrije_tijd", "sociale_dienst"],
        "partners": ["sportkring_winksele", "huis_van_het_kind"],
        "priority": True,
        "rationale": (
            "Vrije tijd is waar kinderen vrienden maken en talenten ontdekken; het kansentarief "
            "haalt de grootste drempel weg."
        ),
    },
    {
        "key": "a3_1_2",
        "code": "A3.1.2",
        "action_plan": "ap3_1",
        "title": {
            "nl": "Schoolkosten samen met de scholen drukken",
            "en": "Reducing school costs together with schools",
        },
        "description": {
            "nl": (
                "Met alle scholen in Herent maken we afspraken over gespreide betaling, gedeelde "
                "materiaalpakketten en een discrete opvolging van onbetaalde facturen."
            ),
        },
        "status": "planned",
        "progress": 0,
        "weight": 3,
        "starts_on": "2022-11-01",
        "ends_on": "2024-06-30",
        "budget": 6000,
        "owners": ["sociale_dienst"],
        "partners": ["basisschool_veltem", "huis_van_het_kind"],
        "priority": False,
        "rationale": (
            "Scholen zien als eersten dat een gezin niet rondkomt; samen met hen kunnen we kosten "
            "voorkomen in plaats van achteraf schulden te regelen."
        ),
    },
    {
        "key": "a3_1_3",
        "code": "A3.1.3",
        "action_plan": "ap3_1",
        "title": {
            "nl": "Sociale kruidenier met avondopening",
            "en": "Social grocery with evening opening",
        },
        "description": {
            "nl": (
                "De voedselbedeling groeit uit tot een sociale kruidenier waar gezinnen zelf "
                "kiezen, met verse groenten en een avondopening voor werkende ouders."
            ),
        },
        "status": "in_progress",
        "progress": 45,
        "weight": 4,
        "starts_on": "2022-06-01",
        "ends_on": "2024-12-31",
        "budget": 22000,
        "owners": ["sociale_dienst"],
        "partners": ["welzijnsschakels"],
        "priority": False,
        "rationale": (
            "Gezonde voeding hoort bij gelijke kansen, en zelf kiezen in een winkel is minder "
            "beschamend dan een pakket afhalen."
        ),
    },
    {
        "key": "a3_1_4",
        "code": "A3.1.4",
        "action_plan": "ap3_1",
        "title": {"nl": "Gratis ontbijt op school", "en": "Free breakfast at school"},
        "description": {
            "nl": (
                "Een proef met een gratis ontbijt voor alle kinderen in twee basisscholen; "
                "stopgezet omdat de scholen de ochtendbegeleiding niet rond kregen."
            ),
        },
        "status": "dropped",
        "progress": 20,
        "weight": 1,
        "starts_on": "2022-09-01",
        "ends_on": None,
        "budget": None,
        "owners": ["sociale_dienst"],
        "partners": ["basisschool_veltem"],
        "priority": False,
        "rationale": (
            "Kinderen die met een lege maag naar school komen, leren minder; een ontbijt voor "
            "iedereen stigmatiseert niemand."
        ),
    },
    {
        "key": "a4_1_1",
        "code": "A4.1.1",
        "action_plan": "ap4_1",
        "title": {
            "nl": "Avondopening van het sociaal huis",
            "en": "Evening opening of the social house",
        },
        "description": {
            "nl": "Het sociaal huis is elke dinsdag open tot 19 uur, ook zonder afspraak.",
        },
        "status": "done",
        "progress": 100,
        "weight": 3,
        "starts_on": "2022-09-06",
        "ends_on": "2023-01-31",
        "budget": 4000,
        "owners": ["sociale_dienst", "dienst_onthaal"],
        "partners": [],
        "priority": False,
        "rationale": (
            "Werkende inwoners vroegen om een moment buiten de kantooruren; een vaste avond is de "
            "eenvoudigste oplossing."
        ),
    },
    {
        "key": "a4_1_2",
        "code": "A4.1.2",
        "action_plan": "ap4_1",
        "title": {
            "nl": "Sociaal huis toegankelijk voor rolstoelgebruikers",
            "en": "Wheelchair-accessible social house",
        },
        "description": {
            "nl": (
                "Een automatische deur, een verlaagd onthaalloket en een aangepast toilet maken "
                "het sociaal huis toegankelijk; rolstoelgebruikers testen de aanpassingen vóór de "
                "oplevering."
            ),
        },
        "status": "planned",
        "progress": 0,
        "weight": 3,
        "starts_on": "2022-12-01",
        "ends_on": "2023-10-31",
        "budget": 35000,
        "owners": ["dienst_onthaal"],
        "partners": [],
        "priority": False,
        "rationale": (
            "Een dienstverlening voor iedereen begint bij een gebouw waar iedereen zelfstandig "
            "binnen kan."
        ),
    },
    {
        "key": "a4_1_3",
        "code": "A4.1.3",
        "action_plan": "ap4_1",
        "title": {
            "nl": "Opleiding warm onthaal voor alle loketmedewerkers",
            "en": "Welcoming-reception training for all front-desk staff",
        },
        "description": {
            "nl": (
                "Alle medewerkers aan de loketten van gemeente en sociaal huis volgen een "
                "opleiding over armoede, klare taal en discreet onthaal."
            ),
        },
        "status": "in_progress",
        "progress": 50,
        "weight": 2,
        "starts_on": "2022-10-01",
        "ends_on": "2023-06-30",
        "budget": 3500,
        "owners": ["dienst_onthaal"],
        "partners": ["avansa_oost_brabant"],
        "priority": False,
        "rationale": (
            "Of iemand terugkomt, hangt af van hoe hij de eerste keer ontvangen wordt; het onthaal "
            "hoort daarom bij een gastvrij sociaal huis."
        ),
    },
    {
        "key": "a4_2_1",
        "code": "A4.2.1",
        "action_plan": "ap4_2",
        "title": {
            "nl": "Digitaal spreekuur in elke deelgemeente",
            "en": "Digital help desk in every sub-municipality",
        },
        "description": {
            "nl": (
                "Vrijwilligers en medewerkers helpen inwoners wekelijks met itsme, e-mail, "
                "Tax-on-web en online afspraken, in de bibliotheek en in de ontmoetingscentra."
            ),
        },
        "status": "in_progress",
        "progress": 65,
        "weight": 3,
        "starts_on": "2022-09-01",
        "ends_on": "2024-12-31",
        "budget": 7500,
        "owners": ["dienst_onthaal"],
        "partners": ["avansa_oost_brabant", "lokaal_dienstencentrum"],
        "priority": False,
        "rationale": (
            "Wie digitaal niet mee is, heeft iemand nodig die naast hem gaat zitten; een vast "
            "spreekuur dichtbij huis maakt dat mogelijk."
        ),
    },
    {
        "key": "a4_2_2",
        "code": "A4.2.2",
        "action_plan": "ap4_2",
        "title": {
            "nl": "Brieven en formulieren in klare taal",
            "en": "Letters and forms in plain language",
        },
        "description": {
            "nl": (
                "We herschrijven de meest verstuurde brieven en formulieren van gemeente en OCMW "
                "in klare taal, met bovenaan wat iemand moet doen en tegen wanneer."
            ),
        },
        "status": "proposed",
        "progress": 0,
        "weight": None,
        "starts_on": "2022-10-01",
        "ends_on": "2024-06-30",
        "budget": None,
        "owners": ["dienst_onthaal", "sociale_dienst"],
        "partners": [],
        "priority": False,
        "rationale": (
            "Een brief die niemand begrijpt, sluit mensen uit van hun rechten; klare taal helpt "
            "nieuwkomers, ouderen en mensen met een beperking tegelijk."
        ),
    },
    {
        "key": "a4_2_3",
        "code": "A4.2.3",
        "action_plan": "ap4_2",
        "title": {"nl": "Taalcafé en taalmaatjes", "en": "Language café and language buddies"},
        "description": {
            "nl": (
                "Een wekelijks taalcafé in de bibliotheek en een taalmaatjesproject waarbij "
                "inwoners samen met nieuwkomers Nederlands oefenen."
            ),
        },
        "status": "in_progress",
        "progress": 55,
        "weight": 3,
        "starts_on": "2022-10-01",
        "ends_on": "2025-06-30",
        "budget": 4500,
        "owners": ["dienst_vrije_tijd"],
        "partners": ["avansa_oost_brabant", "welzijnsschakels"],
        "priority": False,
        "rationale": (
            "Nieuwkomers leren de taal in de klas maar oefenen ze te weinig; het taalcafé geeft "
            "hen die oefenkansen en een eerste netwerk."
        ),
    },
    {
        "key": "a5_1_1",
        "code": "A5.1.1",
        "action_plan": "ap5_1",
        "title": {
            "nl": "Overdekte jongerenplek aan het sportpark",
            "en": "Covered youth spot at the sports park",
        },
        "description": {
            "nl": (
                "Samen met jongeren ontwerpen we een overdekte hangplek met zitbanken, "
                "verlichting, fietsenstalling en wifi, zonder verplichte activiteit."
            ),
        },
        "status": "planned",
        "progress": 0,
        "weight": 4,
        "starts_on": "2022-10-01",
        "ends_on": "2024-09-30",
        "budget": 45000,
        "owners": ["jeugddienst", "dienst_vrije_tijd"],
        "partners": ["sportkring_winksele"],
        "priority": False,
        "rationale": (
            "Jongeren vroegen een plek waar ze welkom zijn zonder iets te moeten; deze actie maakt "
            "die plek en laat hen mee ontwerpen."
        ),
    },
    {
        "key": "a5_1_2",
        "code": "A5.1.2",
        "action_plan": "ap5_1",
        "title": {
            "nl": "Praatpunt voor jongeren in het jeugdlokaal",
            "en": "Talk point for young people in the youth centre",
        },
        "description": {
            "nl": (
                "Elke woensdagnamiddag is een jongerenbegeleider van het CAW aanwezig in het "
                "jeugdlokaal voor een babbel zonder afspraak."
            ),
        },
        "status": "in_progress",
        "progress": 40,
        "weight": 4,
        "starts_on": "2022-09-01",
        "ends_on": "2025-06-30",
        "budget": 15000,
        "owners": ["jeugddienst"],
        "partners": ["caw_oost_brabant"],
        "priority": False,
        "rationale": (
            "Een eerste gesprek dichtbij huis verlaagt de drempel naar hulp en vangt veel op voor "
            "het escaleert."
        ),
    },
]


# Inputs (inbreng) from every moment, plus e-mails and letters outside any session.
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
    # citizen consultation: online table 'Wonen en rondkomen'
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik ben 34, werk voltijds in de zorg en vind in Herent geen appartement onder de 800 "
            "euro. Ik ben hier opgegroeid, maar ik ga naar Tienen moeten verhuizen."
        ),
        "theme": "betaalbaar_wonen",
        "finding": None,
        "target": None,
        "rationale": (
            "Ook werkende jongvolwassenen worden door de huurprijzen uit de gemeente gedrukt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Wij huren een rijwoning in Veltem waar het in de winter binnen amper 16 graden wordt. "
            "De eigenaar zegt dat isoleren te duur is, en ons voorschot voor gas is "
            "verdrievoudigd."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Typisch geval van energiearmoede bij huurders van een slecht geïsoleerde woning."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Als alleenstaande mama met twee kinderen kies ik op het einde van de maand tussen de "
            "verwarming en verse groenten. Dat zou in een gemeente als Herent niet mogen."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": None,
        "rationale": (
            "Getuigenis van een alleenstaande ouder over de keuzes die armoede kinderen oplegt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Waarom worden oudere mensen die alleen in een groot huis wonen niet geholpen om het "
            "op te splitsen of er een kangoeroewoning van te maken? Dan komt er woonruimte vrij en "
            "zijn ze minder alleen."
        ),
        "theme": "betaalbaar_wonen",
        "finding": None,
        "target": None,
        "rationale": (
            "Voorstel om bestaande woningen beter te benutten als bron van betaalbare woonruimte."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik heb een leefloon en moest vorig jaar 400 euro bijbetalen voor gas. Ik heb dat in "
            "schijven afbetaald, maar niemand heeft me gezegd dat ik bij de sociale dienst hulp "
            "kon vragen."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Hoge eindafrekening en onbekendheid met de steun van de sociale dienst.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik verhuur zelf een appartement en zou wel via een sociaal verhuurkantoor willen "
            "werken, maar ik weet niet hoe dat zit met de huurgarantie en de renovatie."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": (
            "Verhuurder staat open voor sociale verhuur maar mist informatie; relevant voor het "
            "aantrekken van private woningen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Marc Verhaegen", "email": "marc.verhaegen@example.org"},
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "De kadastrale inkomens in Herent liggen veel te hoog vergeleken met de buurgemeenten. "
            "Dat zou de gemeente moeten herzien."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Het kadastraal inkomen wordt vastgesteld door de federale administratie "
            "Patrimoniumdocumentatie, niet door de gemeente."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Kunnen we met enkele gezinnen samen een woning kopen en delen? Wij zoeken daar al "
            "lang naar, maar de regels rond samenhuizen zijn onduidelijk."
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
        "moment": "m_citizens_online_1",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "en",
        "text": (
            "As an expat researcher at KU Leuven I pay 1,100 euros for a small flat in Herent. "
            "Landlords prefer people like me because we pay more, and I feel that is pushing local "
            "families out."
        ),
        "theme": "betaalbaar_wonen",
        "finding": "k_betaalbaar_wonen",
        "target": None,
        "rationale": "Bevestigt de druk van de Leuvense huurmarkt op de huurprijzen in Herent.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # citizen consultation: online table 'Zorg, ontmoeting en eenzaamheid'
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Sinds mijn man gestorven is, zie ik soms een week lang niemand. Vroeger ging ik naar "
            "de turnles voor senioren, maar die is na corona niet meer opgestart."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Persoonlijk verhaal van een weduwe die door het wegvallen van activiteiten "
            "vereenzaamt."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik zorg al zes jaar voor mijn moeder met dementie. Wat ik het meest mis, is een halve "
            "dag per week waarop ik nergens aan moet denken."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": "Mantelzorger vraagt uitdrukkelijk om een adempauze.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Greet Van Roy", "email": "greet.vanroy@example.org"},
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Een koffiemoment in de parochiezaal van Winksele, elke week op hetzelfde uur, meer is "
            "er niet nodig. Mensen komen als ze weten dat het er altijd is."
        ),
        "theme": "eenzaamheid",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": "Concreet voorstel voor een vast ontmoetingsmoment in een deelgemeente.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik wil graag vrijwilliger worden, maar ik vind nergens een overzicht van wat er in "
            "Herent te doen is. Elke vereniging heeft haar eigen Facebookpagina."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Vraag naar één overzicht van vrijwilligerswerk; gekoppeld aan het thema samenleven en "
            "vrijwilligerswerk."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "De mantelzorgpremie is een lachertje: 15 euro per maand, en je moet elk jaar opnieuw "
            "een formulier met een doktersattest indienen."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": None,
        "rationale": "Kritiek op de hoogte en de administratieve last van de mantelzorgpremie.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "De ziekenhuisfactuur van mijn vader was zo hoog dat we ze met vier kinderen moesten "
            "delen. Het remgeld moet omlaag."
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Remgeld en ziekenhuisfacturen vallen onder de federale ziekteverzekering en liggen "
            "buiten de bevoegdheid van gemeente en OCMW."
        ),
        "contact": None,
    },
    {
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Kan de gemeente bij een overlijden niet automatisch iemand langs sturen om te vragen "
            "hoe het met de achterblijvende partner gaat?"
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
        "moment": "m_citizens_online_2",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "fr",
        "text": (
            "J'habite à Veltem depuis deux ans et je ne connais presque personne. Les activités "
            "pour seniors sont toutes en néerlandais, ce qui est normal, mais un accueil un peu "
            "plus ouvert m'aiderait à franchir le pas."
        ),
        "theme": "samenleven",
        "finding": "k_eenzaamheid",
        "target": None,
        "rationale": (
            "Franstalige oudere inwoonster vindt door de taaldrempel geen aansluiting bij "
            "activiteiten; gekoppeld aan vereenzaming van ouderen."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # citizen consultation: online table 'Jong zijn in Herent'
    {
        "moment": "m_citizens_online_3",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik ben 16 en woon in Winksele. Als we willen afspreken, zitten we aan het bushokje of "
            "op het voetbalveld, en daar worden we telkens weggestuurd."
        ),
        "theme": "samenleven",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Jongere beschrijft het gebrek aan een plek om af te spreken.",
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
            "Mijn dochter van 15 is een jaar lang bijna niet buiten gekomen. De wachtlijst bij de "
            "psycholoog was zo lang dat ze uiteindelijk via de school geholpen is."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": None,
        "rationale": "Ouder getuigt over lange wachttijden in de hulp voor jongeren.",
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
    # goals to actions: workshop with partners
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Voor de buurtkoffie in Winksele kunnen we de parochiezaal gebruiken op "
            "dinsdagvoormiddag. We hebben al vier vrijwilligers die willen meedraaien."
        ),
        "theme": "eenzaamheid",
        "finding": None,
        "target": "a1_1_1",
        "rationale": "Concreet aanbod van zaal en vrijwilligers voor de buurtkoffie in Winksele.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Hilde Vermeiren", "email": "hilde.vermeiren@example.org"},
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Vrijwillige chauffeurs moeten goed verzekerd zijn. Regel dat via de gemeentelijke "
            "vrijwilligersverzekering, anders haken onze mensen af."
        ),
        "theme": "mobiliteit",
        "finding": None,
        "target": "a1_1_3",
        "rationale": (
            "Randvoorwaarde voor het vrijwilligersvervoer; opgenomen in de uitwerking van A1.1.3."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Een energiescan zonder begeleiding achteraf levert weinig op. Voorzie een "
            "energiecoach die na zes maanden nog eens langsgaat."
        ),
        "theme": "energiearmoede",
        "finding": "k_betaalbaar_wonen",
        "target": "a2_2_1",
        "rationale": (
            "Het Energiehuis vroeg opvolging na de scan; daarom bevat de actie een energiecoach."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Voor een collectieve renovatie vinden we te weinig verhuurders die willen meedoen. "
            "Zonder verplichting of een veel hogere premie zal het niet lukken."
        ),
        "theme": "energiearmoede",
        "finding": None,
        "target": "a2_2_3",
        "rationale": (
            "Waarschuwing over het gebrek aan verhuurders; bleek later de reden om A2.2.3 stop te "
            "zetten."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Ken de vrijetijdspas automatisch toe aan gezinnen met een verhoogde tegemoetkoming. "
            "Dan moeten ouders er niet om vragen."
        ),
        "theme": "kinderarmoede",
        "finding": "k_kinderarmoede",
        "target": "a3_1_1",
        "rationale": (
            "Voorstel om het kansentarief automatisch toe te kennen en zo schaamte te vermijden."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Wij willen meewerken aan afspraken over schoolkosten, maar dan moeten alle scholen in "
            "Herent meedoen, ook de vrije scholen. Anders verhuizen de kinderen gewoon."
        ),
        "theme": "kinderarmoede",
        "finding": None,
        "target": "a3_1_2",
        "rationale": "Voorwaarde van de scholen voor de afspraken over schoolkosten.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "De avondopening op dinsdag kunnen we met de huidige ploeg draaien als we de "
            "donderdagnamiddag sluiten."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": None,
        "target": "a4_1_1",
        "rationale": "Praktische uitwerking van de avondopening door het onthaalteam.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Laat de aanpassingen aan het sociaal huis testen door rolstoelgebruikers voor de "
            "werken opgeleverd worden. Een oprit die op papier klopt, is in het echt soms te "
            "steil."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": "a4_1_2",
        "rationale": "De test door rolstoelgebruikers is als voorwaarde in A4.1.2 opgenomen.",
        "outcome": "linked",
        "reason": None,
        "contact": {"name": "Geert Claessens", "email": "geert.claessens@example.org"},
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Een taalcafé werkt het best als er ook Nederlandstaligen komen die er zelf iets aan "
            "hebben. Koppel het aan de bib en aan een activiteit, niet aan 'les'."
        ),
        "theme": "samenleven",
        "finding": "k_nieuwkomers",
        "target": "a4_2_3",
        "rationale": "Avansa adviseerde over de opzet van het taalcafé in de bibliotheek.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het praatpunt voor jongeren moet op een vaste plek en een vast uur, en het mag er "
            "niet uitzien als een hulpverleningsbureau."
        ),
        "theme": "mentaal_welzijn_jongeren",
        "finding": "k_jongeren",
        "target": "a5_1_2",
        "rationale": "Het CAW bepaalde mee de vorm van het praatpunt: vast moment, informele plek.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Ik ben mantelzorger en kom graag naar het mantelzorgcafé, maar alleen als het dicht "
            "bij huis is en overdag, met iemand die intussen bij mijn man blijft."
        ),
        "theme": "mantelzorg",
        "finding": None,
        "target": "a1_2_2",
        "rationale": "Vorm en timing van het mantelzorgcafé zijn op deze vraag afgestemd.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Voor de sociale kruidenier hebben we een koelcel en een vaste ruimte nodig. De garage "
            "achter het sociaal huis is daar niet geschikt voor."
        ),
        "theme": "armoede",
        "finding": None,
        "target": "a3_1_3",
        "rationale": "Infrastructuurvereisten van Welzijnsschakels voor de sociale kruidenier.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Kan de gemeente niet zelf een energiebedrijf oprichten met een sociaal tarief voor "
            "alle inwoners?"
        ),
        "theme": None,
        "finding": None,
        "target": None,
        "rationale": None,
        "outcome": "not_retained",
        "reason": (
            "Een eigen energiebedrijf ligt buiten de mogelijkheden van de gemeente en de looptijd "
            "van dit plan; de gemeente stapt wel mee in de groepsaankoop energie van de provincie."
        ),
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "citizen",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Wordt er bij elke actie ook vermeld welke vrijwilligers er nodig zijn? Dan kunnen "
            "mensen zich meteen aanmelden."
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
        "moment": "m_actions_workshop",
        "participant_type": "civil_servant",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Het vrijwilligerspunt kan starten in de bib, met een digitale vacaturebank en elke "
            "eerste zaterdag van de maand een spreekuur."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": "a1_1_4",
        "rationale": "Uitwerkingsvoorstel van de dienst vrije tijd voor het vrijwilligerspunt.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_workshop",
        "participant_type": "stakeholder",
        "channel": "workshop",
        "language": "nl",
        "text": (
            "Respijtzorg door vrijwilligers vraagt een goede opleiding. Je laat niet zomaar iemand "
            "alleen bij een persoon met dementie."
        ),
        "theme": "mantelzorg",
        "finding": "k_mantelzorg",
        "target": "a1_2_3",
        "rationale": "Opleiding van de vrijwilligers is een voorwaarde voor respijtzorg aan huis.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    # goals to actions: online table
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Het digitaal spreekuur moet ook in Veltem en Winksele, niet alleen in de bib van "
            "Herent. Voor ouderen is die verplaatsing net het probleem."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": "k_toegankelijkheid",
        "target": "a4_2_1",
        "rationale": "Daarom vindt het digitaal spreekuur in elke deelgemeente plaats.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Zet in de brieven van de gemeente bovenaan in één zin wat je moet doen en tegen "
            "wanneer. De rest mag eronder."
        ),
        "theme": "toegankelijke_dienstverlening",
        "finding": None,
        "target": "a4_2_2",
        "rationale": "Concrete schrijfregel die in de actie klare taal werd overgenomen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Ik zie dat de leegstand in kaart gebracht wordt. Publiceer ook hoeveel woningen "
            "daardoor terug op de markt gekomen zijn, anders blijft het een lijst."
        ),
        "theme": "betaalbaar_wonen",
        "finding": None,
        "target": "a2_1_2",
        "rationale": "Vraag om de resultaten van de leegstandsaanpak zichtbaar op te volgen.",
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
    {
        "moment": "m_actions_online",
        "participant_type": "citizen",
        "channel": "online_table",
        "language": "nl",
        "text": (
            "Een jongerenplek aan het sportpark is goed, maar zorg voor verlichting en een "
            "fietsenstalling. Anders komen meisjes er 's avonds niet."
        ),
        "theme": "samenleven",
        "finding": None,
        "target": None,
        "rationale": (
            "Aandacht voor veiligheid en toegankelijkheid van een jongerenplek, ook voor meisjes."
        ),
        "outcome": "linked",
        "reason": None,
        "contact": None,
    },
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
