"""Translatable texts: a mapping from language to text in which Dutch is always present."""

from collections.abc import Mapping

from api.domain.errors import ValidationFailed
from api.domain.vocabulary import DEFAULT_LANGUAGE, Language

Translations = dict[str, str]


def translations(value: str | Mapping[str, str], *, field: str) -> Translations:
    """Validate a text or a language→text mapping; a plain string is taken as Dutch."""
    if isinstance(value, str):
        value = {DEFAULT_LANGUAGE.value: value}
    known = {language.value for language in Language}
    unknown = sorted(set(value) - known)
    if unknown:
        raise ValidationFailed(
            f"unknown language(s) {', '.join(unknown)}; use {', '.join(sorted(known))}",
            field=field,
        )
    cleaned = {language: text.strip() for language, text in value.items() if text.strip()}
    if DEFAULT_LANGUAGE.value not in cleaned:
        raise ValidationFailed("a Dutch (nl) text is required", field=field)
    return cleaned


def optional_translations(
    value: str | Mapping[str, str] | None, *, field: str
) -> Translations | None:
    """Like `translations`, but absent or empty means no text at all."""
    if value is None or value == "" or value == {}:
        return None
    return translations(value, field=field)


def resolve(values: Mapping[str, str] | None, locale: str | None) -> str | None:
    """The text in the asked language, falling back to Dutch."""
    if not values:
        return None
    if locale and locale in values:
        return values[locale]
    return values.get(DEFAULT_LANGUAGE.value)


def preferred_language(accept_language: str | None) -> str | None:
    """The first language of an Accept-Language header that Spoor keeps texts in."""
    if not accept_language:
        return None
    known = {language.value for language in Language}
    ranked = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, parameters = part.strip().partition(";")
        quality = 1.0
        if parameters.strip().startswith("q="):
            try:
                quality = float(parameters.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip().lower()[:2]))
    for _, _, language in sorted(ranked):
        if language in known:
            return language
    return None
