"""An IPv6-looking run of colons in a note ("Part A:: 5 of 6" in an outliner's property, "::1") is no address; a real
IPv6 or IPv4 address still is. Real Presidio and the project's recognizers."""
import pytest

from assistant.service import build_service


@pytest.fixture(scope="module")
def spans():
    svc = build_service()
    return lambda text: [(sp.entity_type, text[sp.start:sp.end]) for sp in svc.phi_spans(text)]


@pytest.mark.parametrize("text", ["- ASRS-v1.1 Part A:: 5 of 6 items in the shaded range",
                                  "  type:: individual\n  Section B:: reviewed", "localhost answers on ::1 only."])
def test_a_run_of_colons_is_no_ip_address(spans, text):
    assert not [t for kind, t in spans(text) if kind == "IP_ADDRESS"]


@pytest.mark.parametrize("text,address", [("Login from 2001:db8:85a3::8a2e:370:7334 at 9 pm.", "2001:db8:85a3::8a2e:370:7334"),
                                          ("Portal IP 203.0.113.45 on 11/02.", "203.0.113.45"),
                                          ("Device fe80::1ff:fe23:4567:890a joined.", "fe80::1ff:fe23:4567:890a")])
def test_a_real_address_is_still_redacted(spans, text, address):
    assert ("IP_ADDRESS", address) in spans(text)
