"""The outbound guard refuses any request body that still identifies someone."""

from __future__ import annotations

import pytest

from assistant.errors import RedactionError
from assistant.phi.guard import check_outbound


def test_clean_redacted_body_passes(service):
    case, vault = service.redact(["Client: Marcus Oyelaran. PHQ-9 = 17. Call (412) 555-0131."])
    check_outbound(case.notes[0].text, vault)


def test_body_with_a_leaked_vault_value_is_refused_without_naming_it(service):
    case, vault = service.redact(["Client: Marcus Oyelaran. PHQ-9 = 17."])
    leaked = case.notes[0].text + " P.S. Marcus Oyelaran says hi."
    with pytest.raises(RedactionError) as err:
        check_outbound(leaked, vault)
    assert "Marcus" not in str(err.value) and "Oyelaran" not in str(err.value)
    assert "PERSON" in str(err.value)


@pytest.mark.parametrize("body", ["write to jo@example.org", "call 412-555-0199", "SSN 123-45-6789"])
def test_identifier_shapes_are_refused_even_without_a_vault(body):
    with pytest.raises(RedactionError):
        check_outbound(body)
