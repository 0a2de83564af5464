"""Actions under the goals SD3 to SD5."""

from typing import Any

# Actions of SD3, SD4 and SD5. A4.1.3 came from the board and the administration: no input
# points to it.
ACTIONS: list[dict[str, Any]] = [
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
