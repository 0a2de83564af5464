"""The traceability matrix as CSV, XLSX and JSON: one set of columns, headed in the language of
the export, written so that a Belgian spreadsheet opens it as it is.

CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), `;` between fields (the list
separator of Belgian and Dutch locales), CRLF line ends, every row the same columns; paths
first, then the inputs that reached nothing. XLSX: a sheet of paths and a sheet of unreached
inputs, each with a frozen, bold, filterable header row and widths fitted to the content. JSON:
the same rows as objects, keyed by the columns' stable (English) names.

A cell that begins with = + - @ (or a tab or carriage return) would be run as a formula by a
spreadsheet: citizens write such text, so a CSV cell gets a leading apostrophe (the OWASP
advice) and an XLSX cell is typed as text.
"""

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from api.domain.vocabulary import Language
from api.services.exports import PLACES, Matrix, PathRow, UnreachedRow

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
JSON_MEDIA_TYPE = "application/json"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    key: str
    labels: dict[str, str]  # by language: nl, fr, en, de
    step: tuple[str, str] | None = None  # (place, aspect) for a column about a path's step

    def label(self, language: str) -> str:
        return self.labels.get(language, self.labels[Language.EN])


def _column(key: str, nl: str, fr: str, en: str, de: str) -> Column:
    return Column(key, {"nl": nl, "fr": fr, "en": en, "de": de})


INPUT_COLUMNS = [
    _column("input_id", "Inbreng-id", "ID de la contribution", "Input id", "Beitrags-ID"),
    _column("input_code", "Inbreng-code", "Code de la contribution", "Input code", "Beitragscode"),
    _column("external_id", "Extern id", "ID externe", "External id", "Externe ID"),
    _column("text", "Inbreng", "Contribution", "Input", "Beitrag"),
    _column("channel", "Kanaal", "Canal", "Channel", "Kanal"),
    _column(
        "moment",
        "Participatiemoment",
        "Moment de participation",
        "Participation moment",
        "Beteiligungstermin",
    ),
    _column("moment_date", "Datum moment", "Date du moment", "Moment date", "Datum des Termins"),
    _column("facilitator", "Begeleider", "Animateur", "Facilitator", "Moderation"),
    _column(
        "participant_type",
        "Type deelnemer",
        "Type de participant",
        "Participant type",
        "Art der Teilnehmenden",
    ),
    _column(
        "submitted_at",
        "Ingediend op (UTC)",
        "Soumis le (UTC)",
        "Submitted at (UTC)",
        "Eingereicht am (UTC)",
    ),
    _column("status", "Status", "Statut", "Status", "Status"),
    _column("status_reason", "Reden status", "Motif du statut", "Status reason", "Statusgrund"),
]

# Each place of a path, named in each language; and what is told of the node and link there.
PLACE_NAMES = {
    "via": {"nl": "bevinding/thema", "fr": "constat/thème", "en": "finding/theme",
            "de": "Befund/Thema"},
    "goal": {"nl": "doelstelling", "fr": "objectif", "en": "goal", "de": "Ziel"},
    "action_plan": {"nl": "actieplan", "fr": "plan d'action", "en": "action plan",
                    "de": "Aktionsplan"},
    "action": {"nl": "actie", "fr": "action", "en": "action", "de": "Maßnahme"},
}  # fmt: skip
ASPECTS = {
    "kind": {"nl": "Soort {}", "fr": "Type ({})", "en": "{} kind", "de": "Art ({})"},
    "code": {"nl": "Code {}", "fr": "Code {}", "en": "{} code", "de": "Code {}"},
    "title": {"nl": "Titel {}", "fr": "Titre {}", "en": "{} title", "de": "Titel {}"},
    "decision": {"nl": "Beslissing {}", "fr": "Décision ({})", "en": "{} decision",
                 "de": "Entscheidung ({})"},
    "rationale": {"nl": "Motivering {}", "fr": "Justification ({})", "en": "{} rationale",
                  "de": "Begründung ({})"},
    "author": {"nl": "Gekoppeld door ({})", "fr": "Lié par ({})", "en": "{} linked by",
               "de": "Verknüpft von ({})"},
}  # fmt: skip


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# The kind is told only where two kinds may stand: a finding or a theme.
STEP_COLUMNS = [
    Column(
        f"{place}_{aspect}",
        {
            language: _capital(template.format(PLACE_NAMES[place][language]))
            for language, template in templates.items()
        },
        step=(place, aspect),
    )
    for place in PLACES
    for aspect, templates in ASPECTS.items()
    if aspect != "kind" or place == "via"
]

LINKED_TO = _column("linked_to", "Gekoppeld aan", "Lié à", "Linked to", "Verknüpft mit")
REACHED = _column("reached", "Bereikt", "Atteint", "Reached", "Erreicht")
YES_NO = {"nl": ("ja", "nee"), "fr": ("oui", "non"), "en": ("yes", "no"), "de": ("ja", "nein")}
SHEETS = {
    "nl": ("Paden", "Niet bereikt"),
    "fr": ("Chemins", "Non atteintes"),
    "en": ("Paths", "Unreached"),
    "de": ("Pfade", "Nicht erreicht"),
}

PATH_COLUMNS = [*INPUT_COLUMNS, *STEP_COLUMNS]
UNREACHED_COLUMNS = [*INPUT_COLUMNS, LINKED_TO]
CSV_COLUMNS = [REACHED, *INPUT_COLUMNS, *STEP_COLUMNS, LINKED_TO]


def input_values(row: PathRow | UnreachedRow) -> dict[str, Any]:
    cells = row.input
    return {
        "input_id": str(cells.id), "input_code": cells.code, "external_id": cells.external_id,
        "text": cells.text, "channel": cells.channel, "moment": cells.moment,
        "moment_date": cells.moment_held_on, "facilitator": cells.facilitator,
        "participant_type": cells.participant_type,
        "submitted_at": cells.submitted_at.astimezone(UTC).replace(tzinfo=None),
        "status": cells.status, "status_reason": cells.status_reason,
    }  # fmt: skip


def path_values(row: PathRow) -> dict[str, Any]:
    values = input_values(row)
    for column in STEP_COLUMNS:
        place, aspect = column.step or ("", "")
        step = row.steps.get(place)
        values[column.key] = getattr(step, aspect) if step else None
    return values


def unreached_values(row: UnreachedRow) -> dict[str, Any]:
    return {**input_values(row), "linked_to": ", ".join(row.linked_to) or None}


def to_csv(matrix: Matrix) -> bytes:
    """The matrix as one CSV table: paths, then the inputs that reached nothing."""
    yes, no = YES_NO.get(matrix.language, YES_NO["en"])
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(column.label(matrix.language) for column in CSV_COLUMNS)
    rows = [{"reached": yes, **path_values(row)} for row in matrix.paths] + [
        {"reached": no, **unreached_values(row)} for row in matrix.unreached
    ]
    for values in rows:
        writer.writerow(_csv_cell(values.get(column.key)) for column in CSV_COLUMNS)
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(matrix: Matrix) -> bytes:
    """The matrix as a workbook: a sheet of paths and a sheet of unreached inputs."""
    book = Workbook(write_only=True)
    paths_title, unreached_title = SHEETS.get(matrix.language, SHEETS["en"])
    _sheet(book, paths_title, matrix.language, PATH_COLUMNS, map(path_values, matrix.paths))
    _sheet(
        book, unreached_title, matrix.language, UNREACHED_COLUMNS,
        map(unreached_values, matrix.unreached),
    )  # fmt: skip
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def to_json(matrix: Matrix) -> bytes:
    body = {
        "plan": {"id": str(matrix.plan_id), "title": matrix.plan_title},
        "language": matrix.language,
        "paths": [_json_row(path_values(row)) for row in matrix.paths],
        "unreached": [_json_row(unreached_values(row)) for row in matrix.unreached],
    }
    return json.dumps(body, ensure_ascii=False).encode()


def _json_row(values: dict[str, Any]) -> dict[str, Any]:
    return {key: _json_value(value) for key, value in values.items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


# Widths in characters: enough for codes and dates, capped for long texts.
MIN_WIDTH, MAX_WIDTH, SAMPLE_ROWS = 8, 60, 500


def _sheet(
    book: Any,
    title: str,
    language: str,
    columns: Sequence[Column],
    rows: Iterable[dict[str, Any]],
) -> None:
    sheet = book.create_sheet(title)
    listed = list(rows)
    headers = [column.label(language) for column in columns]
    for index, column in enumerate(columns, start=1):
        sample = [_shown_length(values.get(column.key)) for values in listed[:SAMPLE_ROWS]]
        width = max([len(headers[index - 1]), *sample]) + 2
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(listed) + 1}"
    bold = Font(bold=True)
    sheet.append([_xlsx_cell(sheet, header, font=bold) for header in headers])
    for values in listed:
        sheet.append([_xlsx_cell(sheet, values.get(column.key)) for column in columns])


def _xlsx_cell(sheet: Any, value: Any, *, font: Font | None = None) -> Any:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text begins with
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    if font is not None:
        cell.font = font
    return cell


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    return len(str(value))
