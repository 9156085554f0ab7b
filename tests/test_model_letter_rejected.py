"""What the real model did on a dev case (D09): after its one revision the letter still pasted the notes and
echoed our revision requests, yet it counted no more problems than the offline draft and was shown. Class: a
model letter that still has a blocking defect (prompt echo, pasted notes, signed by the client, talk about the
tool) after revision is never shown. Examples written here."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.letters.model_letter_checks import LetterContext, blocking, describe, letter_defects
from evals.openai_stub import OpenAIStub
from tests.test_llm import LETTER, NOTE, REQUEST, _service


@pytest.mark.parametrize("line", [
    "- prior treatment is not documented: write [MISSING: What treatment has the client had before?]",
    "- The letter leaves out medication status; the notes say: \"Medication: none.\"",
    "Frequency duration is not documented: write [MISSING: What schedule do you plan?]",
])
def test_our_revision_requests_copied_into_a_letter_are_prompt_echo(line):
    letter = "Dear Reviewer,\n\nI request weekly therapy.\n" + line + "\n\n{{CLINICIAN_SIGNATURE}}"
    found = describe(letter_defects(letter, LetterContext(("Weekly CBT for depression.",))))
    assert [d.split(":", 1)[0] for d in blocking(found)] == ["prompt_echo"]


@pytest.mark.parametrize("described, blocked", [
    (["notes_pasted: intake 03 04 2025 client ..."], True),
    (["signed_by_client: Rosalind"], True),
    (["unsupported_date: December 3, 2026", "markdown: **Plan**"], False),
])
def test_which_classes_block(described, blocked):
    assert bool(blocking(described)) == blocked


SESSION = ("SESSION NOTE 03/11/2025 - 90837\nReviewed the activity log together: she left the apartment on three days "
           "and walked to the corner store twice. We scheduled two short outings with her sister for the weekend and "
           "practiced a brief script for calling her supervisor about returning to full shifts. She rated her mood "
           "four out of ten and said mornings are still the hardest part of the day. Homework: one outing a day. "
           "She asked whether the sessions could move to the afternoon, because the bus schedule makes a morning "
           "appointment difficult, and we agreed to try the later slot next week and review how it goes.\n")


def test_a_letter_that_still_pastes_the_notes_after_revision_is_not_shown(tmp_path, detector):
    request = replace(REQUEST, notes=(NOTE, SESSION))
    with OpenAIStub([]) as probe:  # the notes as the model sees them: redacted, with placeholders
        case, _ = _service(tmp_path / "p", detector, probe).redact([NOTE, SESSION])
    pasted = LETTER.replace("{{CLINICIAN_SIGNATURE}}", "Notes:\n" + "\n".join(n.text for n in case.notes)
                            + "\n{{CLINICIAN_SIGNATURE}}")
    with OpenAIStub(['{"elements": []}', pasted, pasted, pasted]) as stub:
        draft = _service(tmp_path, detector, stub, llm_revision_rounds=1).draft(request)
    assert draft.mode == "offline" and draft.model_letter
    assert any("pasted long runs of the notes" in n for n in draft.notices)


POLICIES = [
    "Name the level of care and state which guideline family applies: MCG for facility levels, the plan's own guidelines "
    "for specialty outpatient services, ASAM for substance use where required, or state criteria. Organize the clinical "
    "facts around admission, continued-stay and discharge elements: current risk and symptoms, functional impairment, why a "
    "lower level would not be safe or effective, active treatment at the intensity requested, progress and discharge planning.",
    "Outpatient psychotherapy is medically necessary when the member has a diagnosed behavioral health condition that "
    "causes impairment in functioning, the treatment is expected to improve the condition or prevent relapse, the frequency "
    "and duration are consistent with generally accepted standards of practice, and there is a written treatment plan with "
    "measurable goals that is reviewed at regular intervals and updated as the member progresses toward discharge.",
    "Intensive outpatient care requires at least nine hours of structured programming a week for adults, a documented "
    "reason why routine outpatient care is not sufficient, family involvement when clinically indicated, and discharge "
    "criteria stated at admission; continued stay requires evidence that the member is engaged, that the treatment plan has "
    "been revised when progress stalls, and that a less intensive level of care would not meet the member's needs safely.",
]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_letter_that_pastes_the_policy_is_blocked_and_one_that_cites_it_is_not(policy):
    ctx = LetterContext(("Weekly CBT; PHQ-9 19 to 12.",), criteria=(policy,))
    pasted = "Dear Reviewer,\n\nThe criteria say:\n" + policy + "\n\n{{CLINICIAN_SIGNATURE}}"
    cited = "Dear Reviewer,\n\nThe notes meet the plan's outpatient criteria (section 2): PHQ-9 19 to 12.\n\n{{CLINICIAN_SIGNATURE}}"
    assert [d.split(":", 1)[0] for d in blocking(describe(letter_defects(pasted, ctx)))] == ["criteria_pasted"]
    assert not letter_defects(cited, ctx)
