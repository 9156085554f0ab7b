"""The two state codes that are also English words (IN for Indiana, ME for Maine) place a telehealth client only where
a state code stands: after a town and a comma. Everywhere else they stay words."""
import pytest

from audit_notes import GOOD, SIGN, fires

VIDEO = GOOD + "Video session 45 min; consent to telehealth on file. "


@pytest.mark.parametrize("loc", ["Patient at the hunting camp near the lake, Millinocket, ME.",
                                 "Client at the lake cottage his uncle rents, Kokomo, IN.",
                                 "Client at the cottage her aunt owns, Terre Haute, IN and felt calmer there."])
def test_a_word_like_state_code_after_a_town_places_the_client(loc):
    assert not fires("telehealth_location_missing", VIDEO + loc + SIGN, codes=["90834", "95"])
    town_only = loc.replace(", ME", "").replace(", IN", "")
    assert fires("telehealth_location_missing", VIDEO + town_only + SIGN, codes=["90834", "95"])


@pytest.mark.parametrize("loc", ["Client is IN agreement with the plan.",
                                 "Client said 'this is not ME' about the anger.",
                                 "Patient logged IN late, audio dropped twice."])
def test_the_same_letters_as_words_place_no_one(loc):
    assert fires("telehealth_location_missing", VIDEO + loc + SIGN, codes=["90834", "95"])


@pytest.mark.parametrize("loc", ["Patient in his truck at a rest stop, parked.", "Client joined from her minivan in the school pickup line.",
                                 "Pt in the work van between job sites, engine off."])
def test_a_truck_or_van_is_a_vehicle_the_client_is_in(loc):
    assert not fires("telehealth_location_missing", VIDEO + loc + SIGN, codes=["90834", "95"])


@pytest.mark.parametrize("loc", ["Client's truck broke down again this week.", "Client drove the van to the session last month.",
                                 "Patient talked about buying a pickup."])
def test_talk_about_a_truck_places_no_one(loc):
    assert fires("telehealth_location_missing", VIDEO + loc + SIGN, codes=["90834", "95"])
