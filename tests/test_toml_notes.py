"""A note kept as a TOML-style file is read as headed fields: tables as headings, key = value as fields, lists as
items, inline tables as a line of pairs, multi-line strings as text (leniently: "start = 16:00" is fine)."""
from __future__ import annotations

from assistant.letters.extract import extract_facts
from assistant.letters.toml_notes import plain_toml

_NOTE = '''# notes/client/2026-09-22.toml
[session]
date        = 2026-09-22
start       = 16:00
end         = 16:45
dx          = ["F41.0 Panic disorder"]

[measures]
PDSS = { today = 14, intake_2026-07-08 = 19 }

[narrative]
text = """
Three panic attacks this week. Missed 3 team meetings held off-site.
Interoceptive exposure and cognitive restructuring.
"""

[plan]
frequency   = "weekly, about 10 more sessions"
goals       = ["PDSS under 8 by 2026-11-30", "drives the highway to work 2x/week", "attends every off-site meeting"]
'''


def test_a_toml_note_reads_as_headed_fields():
    text = plain_toml(_NOTE)
    assert "Session:" in text and "Start: 16:00" in text and "- PDSS under 8 by 2026-11-30" in text
    assert "PDSS: today: 14, intake 2026-07-08: 19" in text and '"""' not in text


def test_its_facts_are_read():
    facts = extract_facts([_NOTE])
    assert {(m.instrument, m.score) for m in facts.measures} >= {("PDSS", 14), ("PDSS", 19)}
    assert facts.goals and facts.frequency and facts.impairments and facts.diagnoses


def test_an_ini_style_export_with_sections():
    note = "[client]\nname = J\n[plan]\nfrequency = twice weekly\nduration = 12 weeks\nmodality = CBT\n"
    facts = extract_facts([note])
    assert facts.frequency and facts.modalities


def test_a_note_that_is_not_toml_is_unchanged():
    for note in ("Plan: weekly CBT = 12 sessions\nPHQ-9 = 14", "[ ] Safety plan\nRisk = low", "x = 1\ny = 2\nz = 3"):
        assert plain_toml(note) == note
