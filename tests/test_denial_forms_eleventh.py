"""Denial forms of an eleventh kind, examples written here (three or more per class): a denial forwarded by e-mail
(the forwarder's lines are not the payer's); a notice drawn in a text box; a two-column page turned to text; an
appeal turned away unheard is a decision on the appeal, and a right told for later is not one; a plan keeping a
client "at the current level" is maintenance; services that "can meet the needs" are a lower level; eligibility,
a wrong code pair and "no approval in place" said in plain words."""

from __future__ import annotations

import pytest

from assistant.denials.read import read_denial

LETTER = ("Dear Member,\nWe reviewed the request for continued outpatient psychotherapy (90837). The clinical information "
          "submitted does not establish the medical necessity of sessions of 53 minutes or longer.\nYou may file an appeal "
          "within 180 calendar days of receipt of this notice. An expedited appeal is available if waiting could seriously "
          "jeopardize your health.\n")


@pytest.mark.parametrize("forward", [
    "Jonah - see below. If we fight it, I want the appeal out the door within 30 days.\n\nR.\n\n-------- Original Message --------\n",
    "FYI, let's answer this within 10 days please.\n\n---------- Forwarded message ---------\nFrom: UM <um@plan.example>\n",
    "Please file by the end of the month (within 14 days).\nThanks\n\nBegin forwarded message:\n\nFrom: Care Management\n",
])
def test_a_forwarders_lines_are_not_the_payers(forward):
    reading = read_denial(forward + LETTER)
    assert reading.appeal_deadline_days == 180
    assert any("forwarded" in n for n in reading.notices)


def _boxed(lines: list[str]) -> str:
    edge = "+" + "-" * 78 + "+"
    return "\n".join([edge] + ["| " + ln.ljust(76) + " |" for ln in lines] + [edge])


@pytest.mark.parametrize("box, days", [
    (["PLAN APPEAL. If you do not agree, you may ask for a plan appeal within 60", "days of the date of this notice.", "",
      "KEEP GETTING SERVICES. To keep getting your visits during your appeal,", "ask for the appeal and for continued "
      "services within 10 days of the date of", "this notice."], 60),
    (["YOUR RIGHTS. You can appeal within 180 days from the date you get this", "letter.", "",
      "FAST APPEAL. If waiting could seriously harm your health, ask for a fast", "appeal. We decide in 72 hours."], 180),
    (["APPEAL. Send your request within 90 days of this notice.", "", "STATE FAIR HEARING. After our appeal decision,",
      "you may ask for a fair hearing within 120 days of that decision."], 90),
])
def test_a_notice_drawn_in_a_box_is_read_as_paragraphs(box, days):
    text = ("NOTICE OF ADVERSE BENEFIT DETERMINATION\nDate of this notice: 10/06/2025\nWe reduced your therapy visits "
            "because the number of visits asked for is more than you need.\n\n" + _boxed(box))
    reading = read_denial(text)
    assert reading.appeal_deadline_days == days and reading.review_level == "initial_denial"


def _two_columns(left: list[str], right: list[str]) -> str:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return "\n".join((a.ljust(58) + b).rstrip() for a, b in zip(left, right))


RIGHTS = ["YOUR RIGHTS", "You can appeal this decision.", "Send your appeal within 180", "days from the date you get",
          "this letter. If waiting could", "seriously harm your health,", "you can ask for an expedited", "appeal."]


@pytest.mark.parametrize("left, reason", [
    (["Dear Member:", "", "Dates 02/02/2026 - 02/10/2026: NOT COVERED.", "Your plan requires our approval", "(precertification) "
      "within 2 business days", "after services start. No approval", "was in place for these dates."], "no_prior_authorization"),
    (["Dear Member:", "", "We asked the program for your treatment", "plan and attendance records on", "02/11/2026. As of today "
      "we have not", "received them. Without this", "information we cannot decide."], "insufficient_documentation"),
    (["Dear Member:", "", "The provider is not in your plan's", "network and you did not have an", "approved referral. "
      "Services from", "out-of-network providers are not", "covered under your HMO plan."], "out_of_network"),
])
def test_a_two_column_page_is_read_column_by_column(left, reason):
    reading = read_denial(_two_columns(left, RIGHTS))
    assert reason in {r.category for r in reading.reasons}
    assert reading.appeal_deadline_days == 180 and reading.expedited_available


@pytest.mark.parametrize("sentence, level", [
    ("We are not able to review your appeal because it was not filed on time.", "internal_appeal_decision"),
    ("Your appeal is dismissed because it was received after the 60-day limit.", "internal_appeal_decision"),
    ("After our final internal decision, you may be able to ask for an external review.", "initial_denial"),
    ("After you get our appeal decision, you may ask for a fair hearing within 120 days.", "initial_denial"),
])
def test_an_appeal_turned_away_is_a_decision_on_it_and_a_later_right_is_not(sentence, level):
    text = "Notice date: 03/02/2026\nDear Member,\nThe service you asked for is not medically necessary.\n" + sentence + "\n"
    assert read_denial(text).review_level == level


@pytest.mark.parametrize("sentence, reason", [
    ("The services now being provided are mainly keeping you at your current level rather than improving your condition.",
     "no_progress_or_maintenance"),
    ("After eight weeks, the records do not show that IOP is reducing your symptoms.", "no_progress_or_maintenance"),
    ("Treatment is keeping him at a stable baseline rather than improving function.", "no_progress_or_maintenance"),
    ("These services can safely meet Brayden's needs now, so a residential stay is not medically necessary.",
     "lower_level_of_care_appropriate"),
    ("Weekly outpatient therapy with a psychiatrist could adequately meet her needs.", "lower_level_of_care_appropriate"),
    ("An intensive outpatient program would meet his needs at this time.", "lower_level_of_care_appropriate"),
])
def test_maintenance_and_a_lower_level_said_in_plain_words(sentence, reason):
    assert reason in {r.category for r in read_denial("Dear Member,\nWe denied the request. " + sentence + "\n").reasons}


@pytest.mark.parametrize("line, reason", [
    ("E2  Our records show this person was not covered under your plan on the date of service.", "other"),
    ("K7  This add-on code is not payable when it is billed with the main service on the same claim.", "coding_or_billing_error"),
    ("The provider billed this incorrectly, so the line was denied.", "coding_or_billing_error"),
    ("N4  This provider is not in your plan's network and no referral was on file.", "out_of_network"),
])
def test_statement_notes_in_plain_words(line, reason):
    reading = read_denial("HEALTH STATEMENT - THIS IS NOT A BILL\nClaim denied.\n" + line + "\n")
    assert reason in {r.category for r in reading.reasons}
    if reason == "out_of_network":
        assert "no_prior_authorization" not in {r.category for r in reading.reasons}
