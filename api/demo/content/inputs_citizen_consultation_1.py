"""Inputs of the phase citizen consultation (part 1)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
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
]
