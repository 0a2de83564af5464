"""The committed schemas are the ones the code generates; run `make schema` after a change."""

from api.export import OPENAPI_PATH, SDL_PATH, graphql_sdl, openapi_document


def test_graphql_sdl_is_current() -> None:
    assert SDL_PATH.read_text(encoding="utf-8") == graphql_sdl(), "run `make schema`"


def test_openapi_document_is_current() -> None:
    assert OPENAPI_PATH.read_text(encoding="utf-8") == openapi_document(), "run `make schema`"
