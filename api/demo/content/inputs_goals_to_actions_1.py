"""Inputs of the phase goals to actions (part 1)."""

from typing import Any

# Inputs, in the order they were received.
INPUTS: list[dict[str, Any]] = [
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
]
