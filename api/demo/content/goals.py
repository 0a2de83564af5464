"""The strategic goals, with what they answer, and their action plans."""

from typing import Any

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
