"""Actions under the goals SD1 and SD2."""

from typing import Any

# Actions of SD1 and SD2. A2.1.3 came from the board and the administration: no input
# points to it.
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
]
