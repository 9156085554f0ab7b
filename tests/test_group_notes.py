"""Group records with one entry per member: only the client's entry is read for the client's letter; a transcript or
a case conference, where speakers come back turn after turn, keeps every line. Examples written here."""
from __future__ import annotations

import pytest

from assistant.letters.group_notes import client_entries
from assistant.phi.vault import Vault

GROUP = """ADULT IOP - GROUP NOTE
Present: G. <PERSON_1>, T. <PERSON_2>, P. <PERSON_3>. Absent: D. <PERSON_4>.

{sep_a} - Hard weekend; passive thoughts of death Sunday; safety plan reviewed.

{client} - Program day 7. Mood 3/10. In bed until 1 p.m. on non-program days. Takes sertraline daily.

{sep_b} - Lithium level 0.6; tremor better.

Group process: cohesive.
"""
OTHER = "Client: <PERSON_1>\nPHQ-9 18 at intake; weekly contact with her daughter."


@pytest.mark.parametrize("client, a, b", [
    ("G. <PERSON_1>", "T. <PERSON_2>", "P. <PERSON_3>"),
    ("<PERSON_1>", "<PERSON_2>", "<PERSON_3>"),
    ("- <PERSON_1>", "- <PERSON_2>", "- <PERSON_3>"),
])
def test_only_the_client_s_entry_of_a_group_record_is_read(client, a, b):
    note = GROUP.format(client=client, sep_a=a, sep_b=b)
    kept = client_entries([note, OTHER])[0]
    assert "Program day 7" in kept and "passive thoughts" not in kept and "Lithium" not in kept
    assert "<PERSON_4>" not in kept  # a line naming another member goes too


@pytest.mark.parametrize("note", [
    "<PERSON_2>: How was the week?\n<PERSON_1>: Hard. I stayed in bed.\n<PERSON_2>: Any thoughts of death?\n<PERSON_1>: No.",
    "CASE CONFERENCE\n<PERSON_3>: PANSS positive 22.\n<PERSON_4>: School reports two absences.\n<PERSON_3>: Agree with PHP.\n"
    "<PERSON_4>: I will call the school.",
    "<PERSON_2> - lead\n<PERSON_3> - co-facilitator\nTopic: sleep.",
])
def test_a_transcript_or_a_list_without_the_client_keeps_every_line(note):
    assert client_entries([note, OTHER])[0] == note


@pytest.mark.parametrize("first, second", [
    ("G. Marsh", "Glenda Marsh"), ("T. Reyes", "Tomas Reyes"), ("A. Nguyen-Park", "Anh Nguyen-Park"),
])
def test_a_name_met_first_by_its_initial_and_then_in_full_is_one_person(first, second):
    vault = Vault()
    assert vault.placeholder_for("NAME", first) == vault.placeholder_for("NAME", second)
