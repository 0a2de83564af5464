"""Writing the generated artefacts: the GraphQL SDL and the OpenAPI document."""

import json
from pathlib import Path

from strawberry.printer import print_schema

from api.app import create_app
from api.schema.app import schema

ROOT = Path(__file__).resolve().parents[1]
SDL_PATH = ROOT / "api" / "schema" / "schema.graphql"
OPENAPI_PATH = ROOT / "openapi" / "openapi.json"


def graphql_sdl() -> str:
    return print_schema(schema) + "\n"


def openapi_document() -> str:
    # The document depends on the routes only; no connection is made.
    app = create_app("postgresql://spoor@localhost/spoor")
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"


def write_schemas() -> list[Path]:
    SDL_PATH.write_text(graphql_sdl(), encoding="utf-8")
    OPENAPI_PATH.parent.mkdir(exist_ok=True)
    OPENAPI_PATH.write_text(openapi_document(), encoding="utf-8")
    return [SDL_PATH, OPENAPI_PATH]
