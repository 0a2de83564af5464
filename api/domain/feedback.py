"""Feedback: what a published answer may answer, and what its text must be."""

from collections.abc import Mapping
from enum import StrEnum

from api.domain.measures import FEEDBACK_TEXT
from api.domain.translatable import Translations, translations
from api.domain.values import check_text

# A receipt names no person: whoever wrote the feedback, the citizen reads it as the town's.
PUBLIC_AUTHOR = "the municipality"


class FeedbackSubject(StrEnum):
    """What feedback answers: an input itself, or a link the trail runs along."""

    INPUT = "input"
    LINK = "link"


def feedback_text(text: str | Mapping[str, str], *, field: str = "text") -> Translations:
    """A feedback text in Dutch at least, each language not blank and not absurdly long."""
    return {
        language: check_text(value, field=field, max_length=FEEDBACK_TEXT.max_length)
        for language, value in translations(text, field=field).items()
    }
