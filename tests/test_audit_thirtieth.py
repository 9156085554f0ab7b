"""The documentation audit on a thirtieth set of note shapes, examples written here (three or more per class, and
three the rule must not fire on where it could over-fire): a note body kept as web markup inside an export's XML,
a bare number before a clock range, day-first dates with a space after each dot, a bilingual form's Indonesian or
Malay labels, a note typed all in lower case (its signature, its goals), an export's own saved-at stamp and a PTSD
span told approximately."""
from __future__ import annotations

import pytest

from assistant.audit.catalog import cue
from assistant.audit.embedded_markup import embedded_markup
from assistant.audit.reading import dates_in
from assistant.audit.signing import lowercase_signoff
from assistant.audit.timing import CLOCK_RANGE, clock_span
from audit_notes import names

SIGNED = "Signed: Ottilie Vanterpool, LCSW"
DX = "Dx: F41.1 Generalized anxiety disorder\n"
BODY = ("Interventions: cognitive restructuring; paced breathing.\nResponse: worry 7/10 -> 4/10 by the end.\n"
        "Risk: denies SI/HI.\nTreatment plan dated 04/06/2026: GAD-7 below 10 by 09/30/2026; weekly x 12.\n")


def _note(head: str, body: str = BODY, dx: str = DX, signed: str = SIGNED) -> str:
    return head + "\n" + dx + body + signed


# --- a note body kept as web markup inside an export's XML ---------------------------------------------------------
_HTML_BODY = ("<div><b>DOS:</b> 04/07/2026 - office - 90834 - 1:00-1:47 pm</div><div><b>Dx:</b> F41.1 GAD</div>"
              "<div><b>Did:</b> worry exposure; cognitive restructuring.</div><div><b>Response:</b> worry 8 -&gt; 5.</div>"
              "<div><b>Risk:</b> denies SI/HI.</div><ul><li>GAD-7 under 10 by 08/01/2026</li></ul>"
              "<div>Plan dated 03/01/2026, review 06/01/2026.</div><div><br/></div><div>Tobias Ferreira-Lund, LMHC</div>")
_EXPORTS = [
    # a notes app's export: the body in a CDATA section under its own declaration and wrapper element
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE notes-export SYSTEM "x.dtd">\n<notes-export>\n  <note>\n'
    '    <title>TF 4/7</title>\n    <content>\n      <![CDATA[<?xml version="1.0"?><!DOCTYPE page SYSTEM "p.dtd">'
    f'<page>{_HTML_BODY}</page>]]>\n    </content>\n  </note>\n</notes-export>',
    # an EHR's record with the body as HTML in CDATA
    '<?xml version="1.0"?>\n<ClinicalNote>\n  <NoteId>88</NoteId>\n  <Body><![CDATA[' + _HTML_BODY.replace("div>", "p>")
    + ']]></Body>\n</ClinicalNote>',
    # the body's markup escaped in the element instead
    '<?xml version="1.0"?>\n<record>\n  <author>tfl</author>\n  <body>' + _HTML_BODY.replace("<", "&lt;").replace(">", "&gt;")
    .replace("&gt;-&amp;gt;", "&gt;-&gt;") + '</body>\n</record>',
]


@pytest.mark.parametrize("export", _EXPORTS)
def test_a_markup_body_inside_an_export_is_read_as_its_lines(export):
    text = embedded_markup(export)
    assert "Tobias Ferreira-Lund, LMHC" in text.splitlines()
    assert "<div>" not in text and "&lt;" not in text


@pytest.mark.parametrize("export", _EXPORTS)
def test_a_markup_body_inside_an_export_is_signed_and_dated(export):
    found = names(export, payer="Cigna", codes=["90834"])
    assert not found & {"signature_missing", "date_of_service_missing", "credentials_missing", "minutes_missing"}


@pytest.mark.parametrize("page", [
    _HTML_BODY,
    _HTML_BODY.replace("div>", "p>"),
    "<html><body>" + _HTML_BODY.replace("<div>", "<div class=\"field\">").replace("<br/>", "<br>") + "</body></html>",
])
def test_a_note_pasted_as_a_web_page_is_read_as_its_lines_and_signed(page):
    assert "Tobias Ferreira-Lund, LMHC" in embedded_markup(page).splitlines()
    assert not names(page, payer="Cigna", codes=["90834"]) & {"signature_missing", "date_of_service_missing"}


@pytest.mark.parametrize("note", [
    "<?xml version=\"1.0\"?>\n<Note>\n  <Text>Plain text, no markup: 5 &lt; 7.</Text>\n</Note>",
    "DOS 04/07/2026. The client wrote <b>never</b> in her log; 3 < 5 worries.",
    "Session note without any markup at all.\nSigned: A. Name, LPC",
])
def test_a_note_with_no_markup_body_comes_back_unchanged(note):
    assert embedded_markup(note) == note


# --- a bare number before a clock range --------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [("90834-95, POS 10 - 3:00-3:45 pm (45 min)", 45),
                                        ("session 6 - 2:00-2:50", 50),
                                        ("room 4 - 1:05 to 1:58pm", 53)])
def test_a_field_s_number_before_a_clock_range_is_not_its_start(text, span):
    assert [clock_span(m.groups()[:3], m.groups()[3:]) for m in CLOCK_RANGE.finditer(text)] == [span]


@pytest.mark.parametrize("text, span", [("9-10:30 am", 90), ("from 10 - 11:00 today", 60), ("2-3 pm", 60)])
def test_an_hour_alone_still_starts_a_clock_range(text, span):
    assert [clock_span(m.groups()[:3], m.groups()[3:]) for m in CLOCK_RANGE.finditer(text)] == [span]


def test_a_telehealth_place_of_service_before_the_times_keeps_the_length_right():
    note = _note("DOS: 03/12/2026 - video - 90834-95, POS 10 - 3:00-3:45 pm (45 min)\nClient location: home, Dayton, OH\n"
                 "Telehealth consent on file.")
    assert "minutes_code_mismatch" not in names(note, payer="Cigna")


# --- day-first dotted dates with a space after each dot ------------------------------------------------------------
@pytest.mark.parametrize("text", ["Datum sezení / Date of service: 14. 4. 2026", "Date of service: 3. 11. 2025",
                                  "Datum: 28. 2.2026"])
def test_a_date_with_spaced_dots_is_a_date(text):
    assert dates_in(text)


@pytest.mark.parametrize("text", ["Steps: 1. 2. 3. done", "score 14. 4 of 5 items", "item 3. 12. 205 sessions"])
def test_numbered_steps_with_dots_are_no_date(text):
    assert not dates_in(text)


@pytest.mark.parametrize("head", ["Datum sezení / Date of service: 14. 4. 2026", "Datum / DOS: 2. 3. 2026",
                                  "Date of service: 30. 1. 2026"])
def test_a_spaced_dotted_date_of_service_dates_the_note(head):
    assert "date_of_service_missing" not in names(_note(head + "   CPT 90834   9:30-10:15"))


# --- Indonesian and Malay labels of a bilingual form ------------------------------------------------------------------
@pytest.mark.parametrize("signed", ["Tanda tangan / Signature: dr. Ratna Wijayakusuma, MD",
                                    "Tandatangan / Signature: Siti Rahmawati, LCSW",
                                    "Tanda tangan / Signature: Budi Santoso-Park, LMFT   03/23/2026"])
def test_an_indonesian_signature_label_signs(signed):
    found = names(_note("Tanggal kunjungan / Visit date: 03/23/2026   CPT 90834   10:00-10:45", signed=signed))
    assert "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("head", ["Tanggal kunjungan / Visit date: ____________",
                                  "Tarikh / Date: __________",
                                  "Tanggal / Date of service: [  ]"])
def test_an_indonesian_date_label_left_blank_is_no_date_of_service(head):
    body = BODY.replace("worry 7/10 -> 4/10 by the end", "calmer by the end")
    assert "date_of_service_missing" in names(_note(head + "\nKode / CPT: 90834", body=body))


@pytest.mark.parametrize("signed", ["Tanda tangan / Signature: ______________", "Tanda tangan / Signature:",
                                    "Tanda tangan / Signature: (belum / not yet signed)"])
def test_an_indonesian_signature_label_left_blank_is_unsigned(signed):
    assert "signature_missing" in names(_note("Tanggal kunjungan / Visit date: 03/23/2026", signed=signed))


# --- a note typed all in lower case --------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["rowan tsosie-halvorsen, lpc", "j. okafor, lcsw/ms", "dr. ana ruiz, phd",
                                  "- núñez garcía, lmft"])
def test_a_lowercase_name_with_licences_signs(line):
    assert lowercase_signoff(line)


@pytest.mark.parametrize("line", ["called her psychiatrist, md", "continue weekly, lpc", "sleep better, do",
                                  "Rowan Tsosie, LPC", "rowan tsosie, lpc to review"])
def test_a_lowercase_sentence_ending_in_a_licence_is_no_signature(line):
    assert not lowercase_signoff(line)


_LOWER = ("3/2/26 -- indiv -- 90834 -- office -- 1:00-1:46 pm\ndx: f41.1 gad\n"
          "i: worry time; cognitive restructuring. response: wrote the balanced thought herself.\nrisk: denies si/hi.\n"
          "p: continue cbt weekly. tx plan 2/2/26, review 5/2/26 - goals: 1) gad-7 under 10 by 5/1/26 2) 5 shifts a week.\n\n")


@pytest.mark.parametrize("signed", ["rowan tsosie-halvorsen, lpc", "mia oduya, lcsw", "k. brandvold, psyd"])
def test_a_lowercase_note_signed_in_lowercase_is_signed_with_credentials(signed):
    found = names(_LOWER + signed)
    assert "signature_missing" not in found and "credentials_missing" not in found


@pytest.mark.parametrize("goals", ["goals: 1) feel less anxious 2) better coping skills 3) improve sleep. hw: sleep log daily.",
                                   "goals: 1) be calmer 2) fewer fights w/ dad. next: 3/9/26 at 4 pm.",
                                   "goals: feel happier; more confident. continue weekly for 12 sessions."])
def test_goals_in_a_lowercase_note_end_at_the_next_field_or_sentence(goals):
    note = ("3/2/26 -- indiv -- 90834 -- 1:00-1:46 pm\ndx: f41.1 gad\ni: worry time; restructuring.\n"
            f"p: tx plan 2/2/26, review 5/2/26. {goals}\n\nmia oduya, lcsw")
    assert "goals_not_measurable" in names(note)


@pytest.mark.parametrize("goals", ["goals: 1) gad-7 under 10 by 5/1/26 2) fewer fights. hw: log.",
                                   "goals: sleep 7 h on 5 of 7 nights. continue weekly.",
                                   "goals: 1) no missed shifts for 4 weeks 2) feel calmer."])
def test_a_measurable_goal_in_a_lowercase_note_is_measurable(goals):
    note = ("3/2/26 -- indiv -- 90834 -- 1:00-1:46 pm\ndx: f41.1 gad\ni: worry time; restructuring.\n"
            f"p: tx plan 2/2/26, review 5/2/26. {goals}\n\nmia oduya, lcsw")
    assert "goals_not_measurable" not in names(note)


# --- an export's own saved-at stamp ---------------------------------------------------------------------------------
@pytest.mark.parametrize("stamp", ["Updated: 20260305T220912Z", "Last modified: 03/05/2026 14:22",
                                   "Created at: 2026-03-05 21:33"])
def test_an_export_s_stamp_is_a_record_stamp(stamp):
    assert cue("record_stamp").search(stamp)


@pytest.mark.parametrize("line", ["Plan updated: 03/05/2026", "Updated: 03/05/2026", "Treatment plan reviewed 03/05/2026"])
def test_a_plan_s_own_update_is_no_record_stamp(line):
    assert not cue("record_stamp").search(line)


@pytest.mark.parametrize("stamp", ["Updated: 20260305T220912Z", "Last modified: 03/05/2026 14:22",
                                   "Saved: 2026-03-05 21:33"])
def test_an_export_s_stamp_does_not_date_the_plan(stamp):
    note = (f"Title: session\n{stamp}\nDOS: 03/05/2026 - 90834 - 2:00-2:46 pm\nDx: F41.0 Panic disorder\n"
            "Did: interoceptive exposure.\nRisk: denies SI/HI.\nGoals:\n- panic attacks 0-1 per week\n- PDSS under 8\n"
            "Marisol Castellanos, LCSW")
    assert "plan_review_date_missing" in names(note)


# --- a PTSD span told approximately ---------------------------------------------------------------------------------
@pytest.mark.parametrize("span", ["Nightmares and startle since he came home - symptoms present for about 14 years.",
                                  "Flashbacks persisting for nearly 8 months since the assault.",
                                  "Symptoms ongoing for roughly three years, never remitted."])
def test_an_approximate_long_span_supports_a_specific_ptsd_code(span):
    note = _note("DOS 03/03/2026   CPT 90834   10:00-10:48", dx="Dx: F43.10 PTSD\n" + span + "\n")
    assert "diagnosis_unspecified" in names(note)


@pytest.mark.parametrize("span", ["Symptoms present for about two weeks since the crash.",
                                  "Married for about 14 years; nightmares began last month.",
                                  "Flashbacks for nearly 2 months since the assault."])
def test_a_short_span_or_another_span_leaves_the_ptsd_code_alone(span):
    note = _note("DOS 03/03/2026   CPT 90834   10:00-10:48", dx="Dx: F43.10 PTSD\n" + span + "\n")
    assert "diagnosis_unspecified" not in names(note)
