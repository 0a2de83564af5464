"""Every kind of refusal has a deliberate HTTP status, decided in one place (api/http/problems.py);
a new kind of DomainError fails here until someone says which status it gets."""

import api.app  # noqa: F401  (every module, so every kind of DomainError, is loaded)
from api.domain import errors
from api.http.problems import rest_field, status_of
from api.services.bulk import RowsRefused
from api.services.receipts import TooManyLookups

EXPECTED = {
    errors.DomainError: 422,
    errors.ValidationFailed: 422,
    errors.NotFound: 404,
    errors.LinkNotAllowed: 422,
    errors.CycleDetected: 422,
    errors.CrossPlanLink: 422,
    errors.DuplicateLink: 409,
    errors.IllegalTransition: 409,
    errors.Conflict: 409,
    errors.StaleVersion: 412,
    errors.Unauthenticated: 401,
    errors.Forbidden: 403,
    RowsRefused: 422,  # a bulk sync's bad rows, each named
}


def _kinds(root: type[errors.DomainError]) -> set[type[errors.DomainError]]:
    found = {root}
    for kind in root.__subclasses__():
        found |= _kinds(kind)
    return found


def test_each_kind_of_refusal_has_its_status() -> None:
    kinds = {kind for kind in _kinds(errors.DomainError) if kind is not TooManyLookups}
    assert kinds == set(EXPECTED), "give the new kind its status in api/http/problems.py"
    for kind, status in EXPECTED.items():
        assert status_of(kind("x")) == status, kind
    assert status_of(TooManyLookups(30)) == 429


def test_fields_are_named_as_rest_names_them() -> None:
    assert rest_field("participantCount") == "participant_count"
    assert rest_field("phases[0].endsOn") == "phases[0].ends_on"
    assert rest_field("inputIds[3]") == "input_ids[3]"
    assert rest_field("expectedVersion") == "If-Match"
    assert rest_field("title.fr") == "title.fr"
