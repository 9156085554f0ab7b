"""An EHR's XML export is read as labelled fields (examples written here): goals and frequency elements give the plan,
measure elements give dated scores, a diagnosis element its code, and a note that is not XML is left alone."""
from __future__ import annotations

import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.xml_fields import plain_xml

EXPORTS = [
    '<?xml version="1.0"?>\n<Visit id="9">\n  <Client>Ann B</Client>\n  <Diagnoses>\n    <Dx code="F41.1">Generalized anxiety disorder</Dx>\n'
    '  </Diagnoses>\n  <Measure name="GAD-7" value="14" date="2026-09-01"/>\n  <Measure name="GAD-7" value="9" date="2026-11-03"/>\n'
    '  <Plan>\n    <Goal>GAD-7 below 5 by 2027-02-01</Goal>\n    <Frequency>weekly CBT for 12 weeks</Frequency>\n  </Plan>\n</Visit>',
    '<record>\n<patient>C.D.</patient>\n<diagnosis icd="F33.1">Major depressive disorder, recurrent, moderate</diagnosis>\n'
    '<score instrument="PHQ-9" result="19" when="2026-08-02"/>\n<score instrument="PHQ-9" result="12" when="2026-10-04"/>\n'
    '<goal>PHQ-9 under 10 by March</goal>\n<frequency>every other week, 8 more sessions</frequency>\n</record>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<Note>\n<Dx code="F42.2">Obsessive-compulsive disorder</Dx>\n'
    '<Assessment name="Y-BOCS" value="24" date="2026-07-07"/>\n<Assessment name="Y-BOCS" value="17" date="2026-10-06"/>\n'
    '<TreatmentGoal>Y-BOCS 14 or lower by 2027-01-15</TreatmentGoal>\n<Schedule>weekly ERP, 16 sessions</Schedule>\n</Note>',
]


@pytest.mark.parametrize("xml", EXPORTS)
def test_an_xml_export_gives_the_plan_scores_and_code(xml):
    facts = extract_facts([xml])
    assert facts.goals and all(g.measurable for g in facts.goals), [g.text for g in facts.goals]
    assert facts.frequency
    assert len(facts.measures) >= 2 and facts.trends
    assert any(d.icd10 for d in facts.diagnoses)


@pytest.mark.parametrize("note", [
    "Session note. Client reports <PERSON_1> called twice. PHQ-9 12.",
    "Plan: weekly. Goals: <5 panic attacks a week by May.",
    "Email from mom <mom@example.net> about the schedule.",
])
def test_a_note_that_is_not_xml_is_unchanged(note):
    assert plain_xml(note) == note


@pytest.mark.parametrize("note", [
    "<p><b>Plan:</b>&nbsp;weekly</p>\n<p><b>Goals:</b></p>\n<ol>\n<li>PHQ-9 under 10</li>\n</ol>\n<p><b>Discharge Criteria:</b>&nbsp;</p>",
    "<div>Session note</div>\n<div><strong>Risk:</strong> denies SI</div>\n<div>Plan: weekly</div>\n<br>\n<div>signed</div>",
    "<html><body>\n<h2>Intake</h2>\n<p>Client reports panic.</p>\n<p>GAD-7 14.</p>\n<p>Plan: CBT weekly.</p>\n</body></html>",
])
def test_html_is_left_to_the_html_reader(note):
    assert plain_xml(note) == note


@pytest.mark.parametrize("note", [
    "<PERSON_1>: Let's write why you're here.\n<PERSON_2>: My hairline.\n<PERSON_1>: Since when?\n<PERSON_2>: 2021.\n<PERSON_1>: Plan: twice a week.",
    "<DATE_1>: 3\n<DATE_2>: 5\n<DATE_3>: 4\n<DATE_4>: 2\n<DATE_5>: 1",
    "<PERSON_3> said no.\n<PERSON_3> left early.\n<PERSON_4> called.\n<PERSON_4> texted.\n<PERSON_5> came by.",
])
def test_lines_opening_with_a_redacted_name_or_date_are_not_xml(note):
    assert plain_xml(note) == note
