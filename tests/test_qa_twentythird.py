"""Questions answered from the twenty-third round of blind sets: who may bill whose work.

A question about a billing arrangement (incident-to, billing under another clinician's number, locum tenens,
reassigned benefits) is answered by the arrangement's rules whatever the code that was billed; the code is what was
billed, not what is asked, so a code the sources never mention does not make the question uncovered.
"""

from __future__ import annotations

import re

import pytest

from assistant.criteria.codes import unknown_codes

_KNOWN = {"90832", "90834", "90837", "incident", "npi", "number", "name", "tenen", "locum", "reassign", "enroll",
          "enrollment", "licens", "license"}


@pytest.mark.parametrize("question", [
    "Our psychologist's 96136 testing went out incident-to the owner's number. Is that allowed?",
    "Can my associate's H2014 skills groups be billed under my NPI while she waits for credentialing?",
    "Could a locum tenens clinician cover my 97153 sessions next month, and how is it billed?",
    "The 96158 visits were billed by the group under her enrollment. Does the LCSW need her own?",
])
def test_a_billing_arrangement_is_asked_whatever_the_code(question):
    assert unknown_codes(question, _KNOWN) == ()


@pytest.mark.parametrize("question,codes", [
    ("Is 96136 paid when a technician gives the tests, and how many units can we bill?", ("CPT 96136",)),
    ("What documentation does H2014 need before we bill the skills group?", ("HCPCS H2014",)),
    ("Bill 97153 per 15 minutes: what is the daily maximum of units?", ("CPT 97153",)),
])
def test_a_code_of_its_own_is_still_judged_by_the_sources(question, codes):
    assert unknown_codes(question, _KNOWN) == codes


def test_an_arrangement_the_sources_never_name_does_not_cover_the_code():
    # the arrangement's own word must be in the sources: otherwise the code decides, as before
    assert unknown_codes("Can the 96136 testing be billed incident-to me?", {"90837"}) == ("CPT 96136",)


# ---- second pass: classes found on the same round (examples written here, three or more per class) ---------------

from dataclasses import dataclass  # noqa: E402

from assistant.criteria.asked import _subquestions, document_parts  # noqa: E402
from assistant.criteria.payer_topics import absent_topic  # noqa: E402
from assistant.criteria.question import read_question  # noqa: E402
from assistant.criteria.words import terms  # noqa: E402


@dataclass
class _Section:
    text: str


_SOURCES = [_Section("A plan must decide a standard prior-authorization request within 15 days."),
            _Section("SB 855 requires out-of-network care when in-network care is not available within timely-access "
                     "standards."),
            _Section("A member has 180 days to appeal an adverse benefit determination under the ERISA rule.")]


@pytest.mark.parametrize("asked", [
    "What is the longest a new client can legally be made to wait for a first routine therapy appointment?",
    "Does Oregon have timely access rules for follow-up visits with a counselor?",
    "how many days to the first non-urgent appt does the plan have to offer?",
    "Are there appointment wait time standards for behavioral health intakes in New Jersey?",
])
def test_appointment_wait_time_standards_are_a_topic_the_sources_lack(asked):
    topic = absent_topic([asked], _SOURCES)
    assert topic and "appointment" in topic["name"]


@pytest.mark.parametrize("asked", [
    "How long can the plan wait before deciding the prior authorization request?",
    "How many days does the member have to appeal?",
    "How long do we wait for the external reviewer's decision?",
])
def test_a_decision_time_is_no_appointment_wait(asked):
    assert absent_topic([asked], _SOURCES) is None


def test_a_source_that_states_an_appointment_standard_covers_it():
    sources = _SOURCES + [_Section("Non-urgent appointments must be offered within 10 business days of the request.")]
    assert absent_topic(["What's the maximum wait for a first therapy appointment?"], sources) is None


@pytest.mark.parametrize("question", [
    "My client teaches at a public school and the district plan denied her IOP. Does she get 180 days to appeal?",
    "He works for the county sheriff's office; the county health plan denied therapy. Which appeal rules apply?",
    "She is a city employee and her plan is run by Cigna. Is the plan under ERISA?",
])
def test_a_public_employers_plan_is_searched_as_a_governmental_plan(question):
    assert {"govern", "local", "erisa"} <= set(terms(read_question(question).query))


def test_a_private_employers_plan_is_not_called_governmental():
    query = read_question("My client's plan comes from her job at a software company. How long to appeal?").query
    assert "govern" not in terms(query)


@pytest.mark.parametrize("question", [
    "They want a form every 6 sessions for her therapy, but her physical therapy visits need nothing. Is that allowed?",
    "Chiropractic visits have no limit on the same plan while counseling is capped at 20. Can they do that?",
    "The plan reviews med/surg stays once a week and our residential stays every day. Fair?",
])
def test_a_mental_health_rule_set_beside_a_medical_one_is_searched_as_parity(question):
    assert {"parity", "mhpaea", "nqtl"} <= set(terms(read_question(question).query))


@pytest.mark.parametrize("question", [
    "Can I bill Part B for sessions while she's admitted to the psych unit?",
    "He was seen at bedside twice this week; are those visits payable under my CSW enrollment?",
    "Our LMFT follows clients onto the inpatient unit. Does Medicare pay for that?",
])
def test_a_client_in_a_hospital_bed_is_searched_as_an_inpatient(question):
    assert {"hospital", "inpatient"} <= set(terms(read_question(question).query))


@pytest.mark.parametrize("question", [
    "If the plan is blowing the deadline on our appeal, what can we do?",
    "They blew their 30-day deadline. Does that help us?",
    "What happens when the insurer is missing its deadline to decide?",
])
def test_a_plan_missing_its_own_deadline_is_searched_as_deemed_exhaustion(question):
    assert "deem" in " ".join(terms(read_question(question).query))


_PAD = ("This is copied from the team chat so everyone sees it. Please answer in the thread, not by e-mail, so the "
        "front desk can find it later when the claims go out at the end of the week. ")


@pytest.mark.parametrize("lines,leaned", [
    (["Sam: the counselor saw her four times on the medical ward last week", "Sam: can we bill the ward ones?"],
     "ward"),
    (["Pat: two of the intakes were done by video from the client's car", "Pat: are the video ones billable?"],
     "car"),
    (["Lee: three family sessions ran past 80 minutes this month", "Lee: do the long ones need a modifier?"],
     "minutes"),
])
def test_ones_points_back_at_the_line_it_names(lines, leaned):
    parts = document_parts(_PAD + "\n" + "\n".join(lines) + "\n" + _PAD)
    assert parts and leaned in parts[-1]


@pytest.mark.parametrize("sentence,second", [
    ("Two things: (a) can the plan extend its decision, and (b) does missing the deadline help us?", "missing"),
    ("Please settle this (1) is the auth still valid; (2) who signs the renewal form?", "signs"),
    ("Quick check (a) is the code right (b) what modifier goes with the video visit?", "modifier"),
])
def test_a_labelled_second_question_is_asked_on_its_own(sentence, second):
    subs = _subquestions(sentence)
    assert len(subs) == 2 and second in subs[1] and second not in subs[0]


from assistant.criteria.asked import lone_question  # noqa: E402


@pytest.mark.parametrize("lines", [
    ["Sam: the counselor saw her four times on the medical ward last week", "Sam: can we bill the ward ones?"],
    ["Pat: two of the intakes were done by video from the client's car", "Pat: are the video ones billable?"],
    ["Lee: three family sessions ran past 80 minutes this month", "Lee: do the long ones need a modifier?"],
])
def test_a_documents_only_question_is_searched_first_with_its_line(lines):
    parts = document_parts(_PAD + "\n" + "\n".join(lines) + "\n" + _PAD)
    assert lone_question(parts) == parts[0]


@pytest.mark.parametrize("parts", [
    ("Para 3: the plan may deny any stay over 30 days. Does para 3 still work?",),
    ("Before the demo, which of these bullets are actually true?",),
    ("How long to appeal?", "Who signs the request?"),
])
def test_a_labelled_block_a_list_or_several_questions_are_not_searched_first(parts):
    assert lone_question(parts) == ""


# --- second round: a part scored by its own kind, a rule's reach asked without naming whom, the level after a named
# one, a flaw that might "sink" a claim

from assistant.criteria.select import Candidate, choose, fit  # noqa: E402


@pytest.mark.parametrize("question", [
    "Does the insurer missing its review deadline give the family any leverage?",
    "They sat on it for two months. What recourse do we have?",
    "would their blowing the decision window help our case",
])
def test_a_missed_deadline_told_as_a_noun_or_leverage_asks_the_consequence(question):
    assert "consequence" in read_question(question).kinds


def test_a_plain_time_limit_question_asks_no_consequence():
    assert "consequence" not in read_question("How many days does the insurer have to rule on the review?").kinds


@pytest.mark.parametrize("part", [
    "does the insurer missing its review deadline give the family any leverage?",
    "what recourse do we have if they never answer?",
    "what happens if the reviewer lets the clock run out?",
])
def test_a_part_asking_what_follows_a_miss_is_not_scored_by_the_questions_time_limit(part):
    whole = read_question("How many days does the insurer have to rule on the review? And " + part)
    texts = ["The insurer must rule on a review within 45 days of receiving it.",
             "If the insurer fails to rule on the review in time, the member is deemed to have used up the review and may sue."]
    cands = [Candidate(0, t, frozenset(terms(t)), 1.0, fit(t, whole)) for t in texts]
    weights = {t: 1.0 for t in terms(part) + terms("deemed used up sue fails")}
    first = choose(cands, {}, weights, [weights], 1, [read_question(part)])
    assert first and "deemed" in first[0].text


@pytest.mark.parametrize("question", [
    "The handbook says 180 days, but I'm not sure the 180 applies to our county worker. How long does she have?",
    "We put 60 days on the tracker; does that deadline even apply here? how long do we have?",
    "Not sure this rule really applies for a church employee - how many days to appeal?",
])
def test_whether_a_rule_applies_outranks_its_figure(question):
    q = read_question(question)
    reach = "The claims rule does not reach plans that public employers give their own staff."
    figure = "A member has 180 days after the denial to file an appeal."
    assert fit(reach, q) > fit(figure, q)


def test_a_time_limit_question_still_wants_its_figure():
    q = read_question("How long does she have to appeal the denial?")
    assert fit("A member has 180 days after the denial to file an appeal.", q) > \
        fit("The claims rule does not reach plans that public employers give their own staff.", q)


@pytest.mark.parametrize("question,named", [
    ("We lost at the ALJ hearing last week. What is the next level?", "ALJ"),
    ("The QIC turned us down again - what's the next step and who hears it?", "QIC"),
    ("Board ruling came back unfavorable; next appeal, please?", "Board"),
])
def test_the_next_level_is_the_one_started_by_the_named_levels_decision(question, named):
    q = read_question(question)
    after = f"Level four: a council review, requested within 60 days of receiving the {named} decision."
    itself = f"Level three: a hearing before the {named}, requested within 60 days of receiving the prior decision."
    assert fit(after, q) > fit(itself, q)


@pytest.mark.parametrize("question", [
    "Do the 50-minute visits against the 30 in the plan sink us?",
    "Would an unsigned plan kill the claim on audit?",
    "will the late note get us denied?",
])
def test_a_flaw_that_might_sink_a_claim_is_searched_as_causing_a_denial(question):
    assert "cause a denial" in read_question(question).query


def test_the_managed_care_document_leaves_fee_for_service_rules_to_their_own_documents():
    # a fee-for-service fair-hearing question ("is =B2+30 right for straight FFS Medicaid?") must retrieve the fair
    # hearing and continuation documents; a managed-care section that also names fee-for-service programs crowded them out
    from assistant.criteria.documents import load_knowledge

    sections, problems = load_knowledge()
    assert not problems
    managed = " ".join(s.text for s in sections if s.source_id == "medicaid-managed-care-plan-appeals")
    assert "CMS-0057-F" in managed and "fee-for-service" not in managed.lower()
    # and its times read as the plan's decision clock, never as a member's filing window ("what is the last day to file?")
    assert re.search(r"must decide a standard prior-authorization request within \*\*7 calendar days", managed)
    hearings = " ".join(s.text for s in sections if s.source_id == "medicaid-state-fair-hearings")
    assert "90" in hearings
