"""Denial readings on a twenty-sixth set of forms, examples written here (three or more per class, and lines a rule must
not fire on): a letter quoted in an e-mail reply or digest ("> " markers); a mail header's date is not the notice's; a
field filled in two languages ("Fecha / Date: ... / ..."); a lower level told with the adverbs anywhere ("can now be
safely met"); a LOCUS level named "low intensity"; a voicemail or chat transcribed in quote marks is the payer speaking,
not a quoted guideline; what was "not received" is read in its own clause; a time-based code paid at a shorter code's
level; no expected improvement and "supportive conversation" as maintenance; a filing window whose paragraph opens on
"your request" leans on the step named just before; an instrument's dimensions named as criteria; and a sentence typed
all in capitals names its criterion, not itself."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.denials.criteria_named import caps_lowered
from assistant.denials.dimensions import named_dimensions
from assistant.denials.read import read_denial
from assistant.denials.reply_quotes import unquoted


def reasons(text: str) -> set[str]:
    return {r.category for r in read_denial(text).reasons}


def _letter(body: str) -> str:
    return ("Brightwater Health Plan\nNotice date: 03/02/2026\n\nNOTICE OF ADVERSE BENEFIT DETERMINATION\n\n"
            f"{body}\n\nYou may appeal within 180 days of the date of this notice.\n")


# --- a letter quoted in an e-mail reply, a digest or a forum post ------------------------------------------------------

_QUOTED_REPLIES = [
    # a colleague's reply quoting the letter, one level deep
    ("Hi Sam,\nsee below, it came back today. Thoughts?\n\n> Lakeshore Health Partners\n> April 2, 2026\n>\n"
     "> We reviewed the claims for 90837. The claims were paid at the 90834 level. This is not a\n"
     "> determination that the services were not medically necessary.\n>\n"
     "> Your request for a second review must be received by June 1, 2026.\n\nJo\n",
     {"frequency_or_duration_exceeds_guidelines"}, date(2026, 4, 2)),
    # quoted twice over ("> >"), no space after the marks
    ("On Tue, Mar 3, 2026 at 9:12 AM Pat wrote:\n>> Cedar Valley Plan\n>> March 1, 2026\n>>\n>> We did not receive the\n"
     ">> treatment plan or the progress notes we asked for. Without these\n>> records we cannot approve the\n"
     ">> sessions.\n>>\n>> You may appeal within 60 days of the date of this letter.\n",
     {"insufficient_documentation"}, date(2026, 3, 1)),
    # a forum post quoting the decision, with the poster's words after it
    ("posting the letter, names removed\n\n> Northgate Insurance - Appeals\n> January 12, 2026\n> The partial hospital stay is\n"
     "> not medically necessary. Your needs can now be safely met in an intensive\n> outpatient program.\n"
     "> You may request a second-level appeal within 60 days.\n\nis this worth fighting?\n",
     {"not_medically_necessary", "lower_level_of_care_appropriate"}, date(2026, 1, 12)),
]


@pytest.mark.parametrize("text, expected, notice", _QUOTED_REPLIES)
def test_letter_quoted_in_a_reply_is_read_without_the_markers(text, expected, notice):
    reading = read_denial(text)
    assert {r.category for r in reading.reasons} == expected
    assert reading.notice_date == notice


@pytest.mark.parametrize("text", [
    "Scores: PHQ-9 > 20 at intake\nand > 15 at week 6.",   # a comparison inside a line
    "> one quoted line only\nthe rest is the letter.",      # a stray marker
    "Plan -> weekly sessions\nGoal -> sleep 7 hours\nNext -> review in May",  # arrows
])
def test_text_that_is_not_a_reply_keeps_its_angle_brackets(text):
    assert unquoted(text) == text


def test_unquoting_keeps_every_offset():
    text = "> a\n> b\n>> c\nd"
    assert len(unquoted(text)) == len(text) and unquoted(text).split("\n")[3] == "d"


# --- a mail header's date is not the notice's --------------------------------------------------------------------------

@pytest.mark.parametrize("text, notice", [
    ("From: billing@example.org\nDate: Sat, 8 Nov 2025 06:00:02 -0800\nSubject: denial\n\nCarefirst Plan\nNovember 4, 2025\n\n"
     "The stay is not medically necessary. You may appeal within 60 days.\n", date(2025, 11, 4)),
    ("Date: Mon, 2 Mar 2026 14:05 +0000\nFrom: Lee\n\nHere is the letter:\n\nRiverbend Health\nFebruary 26, 2026\n"
     "IOP is not medically necessary. You may appeal within 180 days.\n", date(2026, 2, 26)),
    ("Message: 3\nDate: Thu, 5 Feb 2026 10:00:00 -0500\nFrom: list member\n\nSummit Care\nJanuary 30, 2026\n"
     "Claims denied: timely filing limit expired. You may appeal within 90 days.\n", date(2026, 1, 30)),
])
def test_mail_header_date_gives_way_to_the_letters_own_date(text, notice):
    assert read_denial(text).notice_date == notice


@pytest.mark.parametrize("text, notice", [
    # nothing else dates the notice: the header's date stands
    ("Date: Sat, 8 Nov 2025 06:00:02 -0800\nSubject: your claim\n\nThe claim is denied: timely filing limit expired.\n",
     date(2025, 11, 8)),
    # a plain labelled date is the notice's, as before
    ("Harbor Health\nDate: 03/04/2026\n\nThe stay is not medically necessary.\nSee also our letter of February 2, 2026.\n",
     date(2026, 3, 4)),
    ("Harbor Health\nDate: Monday, March 2, 2026\n\nThe stay is not medically necessary.\n", date(2026, 3, 2)),
])
def test_other_dates_are_read_as_before(text, notice):
    assert read_denial(text).notice_date == notice


# --- a field filled in two languages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Fecha / Date: 6 de noviembre de 2025 / November 6, 2025",
    "Dat / Dat / Date: 6 novanm 2025 / November 6, 2025",
    "Ngay / Date: 6 thang 11 nam 2025 / November 6, 2025",
])
def test_bilingual_date_field_dates_the_notice(line):
    text = (f"Sunshine Medicaid Plan\n{line}\n\nThe second visit each week is denied: the number of visits requested is more "
            "than the service limit allows.\n\nWe must receive your appeal request no later than January 5, 2026.\n")
    reading = read_denial(text)
    assert reading.notice_date == date(2025, 11, 6)
    assert reading.appeal_deadline_days == 60


def test_bilingual_service_date_is_not_the_notice_date():
    text = ("Sunshine Medicaid Plan\nNotice date: 11/20/2025\nFecha de servicio / Service date: 6 de noviembre / November 6, "
            "2025\n\nThe visit is not medically necessary. You may appeal within 60 days.\n")
    assert read_denial(text).notice_date == date(2025, 11, 20)


# --- a lower level of care, the adverbs in any order; a LOCUS level named "low intensity" --------------------------------

@pytest.mark.parametrize("body", [
    "Continued IOP is not medically necessary. Your needs can now be safely met with weekly outpatient therapy.",
    "The residential stay is not medically necessary. His needs could safely now be addressed in a partial hospital program.",
    "Your composite score is 14, which points to Level 2, low intensity community based services. Continued PHP is not "
    "medically necessary.",
    "Day treatment is not medically necessary; her needs can still be adequately met through outpatient counseling.",
])
def test_lower_level_told_with_adverbs_anywhere(body):
    assert {"lower_level_of_care_appropriate", "not_medically_necessary"} <= reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The claim was filed after the 90-day timely filing limit. If your needs cannot be met by a network provider, call us.",
    "The provider is not in our network. The notes say his needs are being met at home by his parents.",
    "The claim was filed after the timely filing limit. We will review whether her needs have been met at the next visit.",
])
def test_needs_mentioned_without_a_lower_level_give_none(body):
    assert "lower_level_of_care_appropriate" not in reasons(_letter(body))


# --- a transcript in quote marks is someone speaking, not a guideline ----------------------------------------------------

@pytest.mark.parametrize("text", [
    ('Voicemail transcript\n"hi this is Mara from Keystone Health calling for your office about the review I have the '
     'decision the partial hospital program is not medically necessary as of the 14th and you can ask for an expedited '
     'appeal thanks"\n'),
    ('Chat with Keystone Health\n"Hello, I am reviewing your case now. I am sorry, but your request for IOP is not medically '
     'necessary. You may appeal within 60 days."\n'),
    ('Call notes\nThe agent read it to me: "I will read the determination to you. Continued residential care is not '
     'medically necessary."\n'),
])
def test_a_quoted_transcript_gives_the_payers_reasons(text):
    assert "not_medically_necessary" in reasons(text)


@pytest.mark.parametrize("quote", [
    '"Continued stay is not medically necessary when the member can be treated at a lower level of care."',
    '"Services are not medically necessary if symptoms can be managed in a less intensive setting."',
    '"A lower level of care is appropriate when risk of harm is rated 2 or less."',
])
def test_a_quoted_guideline_still_gives_no_reason(quote):
    text = _letter(f"The provider is not in our network, so the claims are denied.\n\n{quote}")
    assert reasons(text) == {"out_of_network"}


# --- what was "not received" is read in its own clause -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The therapist is not in our network. We did not receive a network exception request before these services began, and "
    "our records show that network providers were available.",
    "The provider is out of network. We did not receive a single case agreement request, and our records show two "
    "in-network programs nearby.",
    "The provider is not a participating provider. We did not receive a gap exception request, but the records show you "
    "called us in May.",
])
def test_not_received_request_with_records_later_is_no_documentation_reason(body):
    assert "insufficient_documentation" not in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "We did not receive the treatment plan or the progress notes.",
    "We did not receive the updated assessment records we asked for.",
    "The letter did not include the signed treatment plan.",
])
def test_records_not_received_in_the_same_clause_still_count(body):
    assert "insufficient_documentation" in reasons(_letter(body))


# --- a time-based code paid at a shorter code's level -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The claims for 90837 were processed and paid at the 90834 level.",
    "The notes show 40-minute sessions. The service was recoded to CPT 90834.",
    "The records support payment at the 90832 level for these dates.",
])
def test_downcode_to_a_shorter_psychotherapy_code_is_a_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" in reasons(_letter(body))


@pytest.mark.parametrize("body", [
    "The claim was filed after the timely filing limit. The progress notes record session times and interventions.",
    "The claim was filed late. The claim for 90834 was paid at the contracted rate before.",
    "The claim was filed after the timely filing limit. 90832 and 90834 are both on the fee schedule.",
])
def test_codes_and_session_times_mentioned_give_no_duration_reason(body):
    assert "frequency_or_duration_exceeds_guidelines" not in reasons(_letter(body))


# --- no expected improvement; "supportive conversation" -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The notes do not show that the visits were expected to improve your condition.",
    "The records do not show that her symptoms were changing over six months of visits.",
    "The sessions describe supportive conversation about the week.",
])
def test_no_expected_improvement_is_a_maintenance_reason(body):
    assert "no_progress_or_maintenance" in reasons(_letter(body + " The visits were not reasonable and necessary."))


@pytest.mark.parametrize("body", [
    "The notes show that the visits were expected to improve her sleep, and they did.",
    "She has a supportive family and goes to work. The provider is not in our network.",
    "The claim was filed late. Her symptoms were changing quickly in March.",
])
def test_improvement_words_without_a_finding_give_no_maintenance_reason(body):
    assert "no_progress_or_maintenance" not in reasons(_letter(body))


# --- a window whose paragraph opens on "your request" ---------------------------------------------------------------------

@pytest.mark.parametrize("title, step, days", [
    ("Medicare Reconsideration Decision", "You or your provider may ask for a hearing before an Administrative Law Judge "
     "(ALJ).", 60),
    ("Notice of Action", "You may ask for a State Fair Hearing.", 90),
    ("Level 1 Appeal Decision", "You may ask us for a second-level appeal.", 45),
])
def test_window_paragraph_leans_on_the_step_named_before(title, step, days):
    text = (f"{title}\nSeptember 22, 2025\n\nThe visits were not reasonable and necessary.\n\n"
            f"IF YOU DISAGREE\n\n{step}\n\nYou must send your request within {days} days of the date you get this letter. "
            "We assume you got this letter 5 days after the date at the top, unless you show us you got it later.\n")
    assert read_denial(text).appeal_deadline_days == days


@pytest.mark.parametrize("window", [
    "Your request was reviewed by a psychiatrist. It was decided within 14 days of receipt by our medical director and staff.",
    "Your request arrived on 08/01/2025, and we sent the notice to your provider at the same time as this letter to you.",
    "The request for IOP covered 30 days of care, and the program planned to meet three times each week for group work.",
])
def test_a_paragraph_about_the_request_that_states_no_window_gives_none(window):
    text = ("Harbor Health\nSeptember 22, 2025\n\nThe visits were not reasonable and necessary.\n\n"
            f"You may ask for a hearing before an Administrative Law Judge.\n\n{window}\n")
    assert read_denial(text).appeal_deadline_days is None


# --- an instrument's dimensions named as criteria --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The reviewer used LOCUS. On Dimension I, Risk of Harm, you were rated 2. On Dimension II, Functional Status, you "
     "were rated 2.", ["LOCUS Dimension I: Risk of Harm", "LOCUS Dimension II: Functional Status"]),
    ("The reviewer applied The ASAM Criteria.\n - Dimension 5 (Relapse, Continued Use, or Continued Problem Potential): "
     "moderate risk.\n - Dimension 2 (Biomedical Conditions and Complications): stable.",
     ["ASAM Dimension 5: Relapse, Continued Use, or Continued Problem Potential",
      "ASAM Dimension 2: Biomedical Conditions and Complications"]),
    ("Using CALOCUS-CASII, the reviewer found Dimension IV-B low and Dimension I rated 1.",
     ["CALOCUS-CASII Dimension IV-B: Environmental Support", "CALOCUS-CASII Dimension I: Risk of Harm"]),
    ("ON DIMENSION III, MEDICAL, ADDICTIVE AND PSYCHIATRIC CO-MORBIDITY, YOU WERE RATED 1 USING LOCUS.",
     ["LOCUS Dimension III: Medical, Addictive and Psychiatric Co-Morbidity"]),
])
def test_dimensions_named_in_a_letter(text, expected):
    assert named_dimensions(text) == expected


@pytest.mark.parametrize("text", [
    "The reviewer completed a multidimensional assessment using LOCUS.",
    "All six dimensions were considered by the ASAM reviewer.",
    "The room's dimensions are 10 by 12 feet; the provider is not in network.",
])
def test_no_dimension_named_gives_none(text):
    assert named_dimensions(text) == []


def test_dimensions_follow_the_sources_in_the_reading():
    text = _letter("We used LOCUS. On Dimension II, Functional Status, you were rated 2. Continued IOP is not medically "
                   "necessary.")
    cited = read_denial(text).criteria_cited
    assert cited[0] == "LOCUS" and "LOCUS Dimension II: Functional Status" in cited


# --- a sentence typed all in capitals names its criterion -------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("DOCTOR RAMOS PSYCHIATRIST REVIEWED THE RECORDS USING LOCUS.", "LOCUS"),
    ("THE REVIEWER APPLIED THE ASAM CRITERIA AND FOUND THE STAY IS NOT NEEDED.", "ASAM Criteria"),
    ("BASED ON MCG THE DAY PROGRAM IS NOT MEDICALLY NECESSARY.", "MCG Care Guidelines"),
])
def test_all_caps_sentence_cites_the_criterion_not_itself(line, name):
    cited = read_denial(_letter(line + "\nContinued stay is not medically necessary.")).criteria_cited
    assert not any(len(c.split()) > 6 for c in cited)
    assert any(name.lower() in c.lower() for c in cited)


@pytest.mark.parametrize("flat", [
    "The reviewer used the MCG Behavioral Health Care Guidelines.",
    "ASAM",
    "Dr. Ramos reviewed THE RECORDS using LOCUS and the plan policy.",
])
def test_mixed_case_text_is_not_lowered(flat):
    assert caps_lowered(flat) == flat
