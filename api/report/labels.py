"""The words of the trail report, in each language Spoor keeps texts in.

A row per word, its four languages side by side, so that a word missing in one language is
seen at a glance; `words(language)` turns the table into the small dict the page reads.
"""

from collections.abc import Mapping
from datetime import date, datetime

from api.domain.vocabulary import DEFAULT_LANGUAGE, Language

LANGUAGES = (Language.NL, Language.FR, Language.EN, Language.DE)

#            nl                          fr                            en                       de
TABLE: dict[str, tuple[str, str, str, str]] = {
    "report": ("Spoorrapport", "Rapport de traçabilité", "Trail report", "Spurbericht"),
    "period": ("Looptijd", "Période", "Period", "Laufzeit"),
    "status": ("Status", "Statut", "Status", "Status"),
    "made_at": ("Opgemaakt op", "Établi le", "Made on", "Erstellt am"),
    "public_version": (
        "Openbare versie: zonder namen van personen en zonder interne redenen.",
        "Version publique : sans noms de personnes ni motifs internes.",
        "Public version: no person's name and no internal reasons.",
        "Öffentliche Fassung: ohne Namen von Personen und ohne interne Gründe.",
    ),
    "inputs": ("Inbreng", "Contributions", "Inputs", "Beiträge"),
    "reached": ("Bereikt", "Abouti", "Reached", "Erreicht"),
    "not_retained": ("Niet weerhouden", "Non retenu", "Not retained", "Nicht übernommen"),
    "open": ("Nog open", "Encore ouvert", "Still open", "Noch offen"),
    "total": ("Totaal", "Total", "Total", "Gesamt"),
    "goals": ("Doelstellingen", "Objectifs", "Goals", "Ziele"),
    "action_plans": ("Actieplannen", "Plans d'action", "Action plans", "Aktionspläne"),
    "actions": ("Acties", "Actions", "Actions", "Maßnahmen"),
    "trail": ("Het spoor", "La trace", "The trail", "Die Spur"),
    "trail_note": (
        "Van links naar rechts: de inbreng per kanaal, de knelpunten en thema's waar hij"
        " terechtkwam, de doelstellingen, actieplannen en acties. De breedte van een stroom is"
        " het aantal inbrengen; de kleur is de beslissing over de koppeling.",
        "De gauche à droite : les contributions par canal, les constats et thèmes où elles ont"
        " abouti, les objectifs, plans d'action et actions. La largeur d'un flux est le nombre de"
        " contributions ; sa couleur, la décision sur le lien.",
        "From left to right: the inputs by channel, the findings and themes they went to, the"
        " goals, action plans and actions. A stream's width is the number of inputs; its colour"
        " is the decision on the link.",
        "Von links nach rechts: die Beiträge nach Kanal, die Befunde und Themen, zu denen sie"
        " führten, die Ziele, Aktionspläne und Maßnahmen. Die Breite eines Stroms ist die Zahl der"
        " Beiträge; seine Farbe die Entscheidung über die Verknüpfung.",
    ),
    "reasons": (
        "Waarom niet weerhouden",
        "Pourquoi non retenu",
        "Why not retained",
        "Warum nicht übernommen",
    ),
    "reasons_hidden": (
        "De redenen staan alleen in de versie voor de gemeente.",
        "Les motifs ne figurent que dans la version de la commune.",
        "The reasons are shown in the municipality's version only.",
        "Die Gründe stehen nur in der Fassung für die Gemeinde.",
    ),
    "reason": ("Reden", "Motif", "Reason", "Grund"),
    "count": ("Aantal", "Nombre", "Count", "Anzahl"),
    "no_reason": ("(geen reden gegeven)", "(aucun motif)", "(no reason given)", "(kein Grund)"),
    "coverage": ("Dekking", "Couverture", "Coverage", "Abdeckung"),
    "coverage_note": (
        "Hoeveel inbreng een doelstelling of actie bereikte, en van de rest: niet weerhouden"
        " (beslist) of nog open.",
        "Combien de contributions ont atteint un objectif ou une action et, pour les autres :"
        " non retenues (décidé) ou encore ouvertes.",
        "How many inputs reached a goal or an action, and of the others: not retained (decided)"
        " or still open.",
        "Wie viele Beiträge ein Ziel oder eine Maßnahme erreichten, und von den übrigen: nicht"
        " übernommen (entschieden) oder noch offen.",
    ),
    "by_channel": ("Per kanaal", "Par canal", "By channel", "Nach Kanal"),
    "by_participant_type": (
        "Per type deelnemer",
        "Par type de participant",
        "By participant type",
        "Nach Teilnehmerart",
    ),
    "by_moment": (
        "Per participatiemoment",
        "Par moment de participation",
        "By participation moment",
        "Nach Beteiligungstermin",
    ),
    "by_theme": ("Per thema", "Par thème", "By theme", "Nach Thema"),
    "no_theme": ("(geen thema)", "(sans thème)", "(no theme)", "(ohne Thema)"),
    "no_moment": ("(geen moment)", "(sans moment)", "(no moment)", "(ohne Termin)"),
    "progress": ("Voortgang", "Avancement", "Progress", "Fortschritt"),
    "progress_note": (
        "De voortgang van een doelstelling of actieplan is die van zijn acties, gewogen;"
        " stopgezette acties tellen niet mee.",
        "L'avancement d'un objectif ou plan d'action est celui de ses actions, pondéré ; les"
        " actions abandonnées ne comptent pas.",
        "A goal's or action plan's progress is that of its actions, weighted; dropped actions do"
        " not count.",
        "Der Fortschritt eines Ziels oder Aktionsplans ist der seiner Maßnahmen, gewichtet;"
        " eingestellte Maßnahmen zählen nicht.",
    ),
    "code": ("Code", "Code", "Code", "Code"),
    "title": ("Titel", "Titre", "Title", "Titel"),
    "owners": (
        "Trekkers en partners",
        "Porteurs et partenaires",
        "Owners and partners",
        "Träger und Partner",
    ),
    "priority": ("prioritair", "prioritaire", "priority", "vorrangig"),
    "unknown": ("onbekend", "inconnu", "unknown", "unbekannt"),
    "direct_actions": (
        "Acties rechtstreeks onder de doelstelling",
        "Actions directement sous l'objectif",
        "Actions directly under the goal",
        "Maßnahmen direkt unter dem Ziel",
    ),
    "history": (
        "Geschiedenis en controle",
        "Historique et contrôle",
        "History and verification",
        "Verlauf und Prüfung",
    ),
    "created_at": ("Opgestart", "Lancé", "Started", "Begonnen"),
    "published_at": ("Gepubliceerd", "Publié", "Published", "Veröffentlicht"),
    "adopted_at": ("Vastgesteld", "Adopté", "Adopted", "Beschlossen"),
    "not_yet": ("nog niet", "pas encore", "not yet", "noch nicht"),
    "changes_since": (
        "Wijzigingen sinds",
        "Modifications depuis",
        "Changes since",
        "Änderungen seit",
    ),
    "last_change": (
        "Laatste wijziging",
        "Dernière modification",
        "Last change",
        "Letzte Änderung",
    ),
    "events": (
        "Gebeurtenissen in het logboek van het plan",
        "Événements au journal du plan",
        "Events in the plan's log",
        "Ereignisse im Protokoll des Plans",
    ),
    "log": (
        "Logboek van de gemeente",
        "Journal de la commune",
        "The municipality's log",
        "Protokoll der Gemeinde",
    ),
    "log_intact": (
        "intact: de hashketen van {checked} gebeurtenissen klopt",
        "intact : la chaîne de hachage de {checked} événements est vérifiée",
        "intact: the hash chain of {checked} events verifies",
        "intakt: die Hash-Kette von {checked} Ereignissen stimmt",
    ),
    "log_broken": (
        "GEBROKEN bij gebeurtenis {seq}: {problem}",
        "ROMPU à l'événement {seq} : {problem}",
        "BROKEN at event {seq}: {problem}",
        "GEBROCHEN bei Ereignis {seq}: {problem}",
    ),
    "made_by": (
        "Gemaakt door Spoor uit het logboek van het plan.",
        "Établi par Spoor à partir du journal du plan.",
        "Made by Spoor from the plan's log.",
        "Von Spoor aus dem Protokoll des Plans erstellt.",
    ),
}

# The vocabularies' values: channels, kinds of participant, statuses and decisions.
TERMS: dict[str, tuple[str, str, str, str]] = {
    "online_table": (
        "Online gesprekstafel",
        "Table de discussion en ligne",
        "Online table",
        "Online-Gesprächsrunde",
    ),
    "workshop": ("Workshop", "Atelier", "Workshop", "Workshop"),
    "survey": ("Bevraging", "Enquête", "Survey", "Umfrage"),
    "interview": ("Interview", "Entretien", "Interview", "Interview"),
    "target_group_visit": (
        "Doelgroepbezoek",
        "Visite au groupe cible",
        "Target-group visit",
        "Zielgruppenbesuch",
    ),
    "email": ("E-mail", "Courriel", "E-mail", "E-Mail"),
    "letter": ("Brief", "Lettre", "Letter", "Brief"),
    "citizen": ("Inwoner", "Habitant", "Citizen", "Einwohner"),
    "stakeholder": ("Stakeholder", "Partie prenante", "Stakeholder", "Interessengruppe"),
    "civil_servant": ("Medewerker", "Agent communal", "Civil servant", "Verwaltung"),
    "board_member": ("Bestuurder", "Mandataire", "Board member", "Mandatsträger"),
    "target_group": ("Doelgroep", "Groupe cible", "Target group", "Zielgruppe"),
    "draft": ("ontwerp", "projet", "draft", "Entwurf"),
    "published": ("gepubliceerd", "publié", "published", "veröffentlicht"),
    "adopted": ("vastgesteld", "adopté", "adopted", "beschlossen"),
    "proposed": ("voorgesteld", "proposé", "proposed", "vorgeschlagen"),
    "planned": ("gepland", "planifié", "planned", "geplant"),
    "in_progress": ("in uitvoering", "en cours", "in progress", "in Umsetzung"),
    "done": ("uitgevoerd", "réalisé", "done", "erledigt"),
    "dropped": ("stopgezet", "abandonné", "dropped", "eingestellt"),
    "partly_adopted": (
        "deels overgenomen",
        "partiellement retenu",
        "partly adopted",
        "teilweise übernommen",
    ),
    "not_adopted": ("niet overgenomen", "non retenu", "not adopted", "nicht übernommen"),
}
# A link's "adopted" is not a plan's: the decision on a link reads as "taken up".
DECISION_ADOPTED = ("overgenomen", "retenu", "adopted", "übernommen")


def language_of(language: str | None) -> str:
    """The report's language: the one asked for when Spoor knows it, else the plan's, Dutch."""
    known = {member.value for member in LANGUAGES}
    return language if language in known else DEFAULT_LANGUAGE.value


def words(language: str) -> dict[str, str]:
    """Every word of the report in one language."""
    column = [member.value for member in LANGUAGES].index(language_of(language))
    return {key: row[column] for key, row in TABLE.items()}


def terms(language: str) -> dict[str, str]:
    """The vocabularies' values in one language; a decision's "adopted" under `decision:`."""
    column = [member.value for member in LANGUAGES].index(language_of(language))
    found = {key: row[column] for key, row in TERMS.items()}
    found["decision:adopted"] = DECISION_ADOPTED[column]
    return found


def term(found: Mapping[str, str], value: str) -> str:
    """A value's word, or the value itself when it has none (a new vocabulary word)."""
    return found.get(value, value.replace("_", " "))


def day(value: date | datetime | None, language: str) -> str | None:
    """A date as people of the language write it: 28/06/2022 in Belgium, 2022-06-28 else."""
    if value is None:
        return None
    shown = value.date() if isinstance(value, datetime) else value
    if language_of(language) in (Language.NL, Language.FR, Language.DE):
        separator = "." if language_of(language) == Language.DE else "/"
        return shown.strftime(f"%d{separator}%m{separator}%Y")
    return shown.isoformat()
