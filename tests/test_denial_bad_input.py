"""Odd denial input gives a clear result: a letter pasted twice, an approval inside a denial, a 40-line EOB (synthetic)."""

from __future__ import annotations

import json

import pytest

from assistant.denials.read import read_denial

LETTERS = [
    "Evergreen Health Plan\nDate: 03/02/2026\nReference: EHP-2231\nWe reviewed the request for intensive outpatient care.\n"
    "Reason: The records do not show that outpatient therapy was tried. Intensive outpatient care is not medically "
    "necessary; weekly outpatient therapy is the appropriate level of care.\nYou may appeal within 180 days of this "
    "notice. You can ask for an expedited appeal if waiting could seriously harm your health.\n",
    "Summit Mutual - Claims\nNotice date: 01/15/2026\nClaim: SM-88120\nCO-197: Precertification/authorization absent.\n"
    "The claim for partial hospitalization is denied because no authorization was obtained.\nReconsideration must be "
    "requested within 90 days of this notice.\n",
    "Coastal Care Medicaid Plan\nNOTICE OF ADVERSE BENEFIT DETERMINATION\nDate of this notice: 02/01/2026\nWhat we decided: "
    "We denied 6 of the 12 requested family therapy sessions.\nWhy: The number of sessions requested is more than the "
    "guideline allows for her current needs.\nYou may ask for an appeal within 60 calendar days from the date of this "
    "notice.\n",
]


@pytest.mark.parametrize("letter", LETTERS)
def test_a_letter_pasted_twice_reads_as_once_and_says_so(letter):
    once, twice = read_denial(letter), read_denial(letter + "\n\n" + letter)
    assert twice.batch_line("x") == once.batch_line("x")
    assert twice.notices and "more than once" in twice.notices[0] and not once.notices


@pytest.mark.parametrize("letter, reasons", [
    ("Pine Ridge Health\nDate: 04/01/2026\nWhat we approved: 8 sessions of 90834; the care is medically necessary.\n"
     "What we did not approve: 90837 for the same dates. Documented psychotherapy time was 45 minutes; 90837 requires "
     "at least 53 minutes.\nYou may appeal within 180 days.", {"frequency_or_duration_exceeds_guidelines"}),
    ("Lakeside Plan\nDate: 04/01/2026\nDECISION: PARTIALLY APPROVED\n- Days 1 to 7: APPROVED. Residential care was "
     "medically necessary while risk was high.\n- Days 8 to 21: DENIED. Her needs can safely be met in a partial "
     "hospitalization program.\nYou may appeal within 180 days.", {"lower_level_of_care_appropriate"}),
    ("Harbor Benefits\nDate: 04/01/2026\nThe request is approved in part. We approved the sessions through March, "
     "which were medically necessary. Later sessions are denied because no progress has been documented since "
     "January.\nYou may appeal within 180 days.", {"no_progress_or_maintenance"}),
])
def test_an_approval_in_the_same_letter_leaves_only_the_denied_part_as_reasons(letter, reasons):
    reading = read_denial(letter)
    assert reading.is_denial and {r.category for r in reading.reasons} == reasons


def _eob(lines: int, denied_every: int, code: str) -> str:
    rows = ["Northwind Health - EXPLANATION OF BENEFITS", "Statement date: 03/31/2026", "",
            "| Date of service | Service | Billed | Paid | Code |", "|---|---|---|---|---|"]
    for i in range(lines):
        day = f"{1 + i // 3:02d}"
        billed = "$150.00"
        if i % denied_every == 0:
            rows.append(f"| 02/{day}/2026 | Psychotherapy 45 (90834) | {billed} | $0.00 | {code} |")
        else:
            rows.append(f"| 02/{day}/2026 | Psychotherapy 45 (90834) | {billed} | $96.40 | CO-45 |")
    rows += ["", f"{code.split('-')[-1]}: see the code key on the back.", "To appeal, write within 180 days of the date "
             "of this statement."]
    return "\n".join(rows)


@pytest.mark.parametrize("code, category", [
    ("CO-197", "no_prior_authorization"),
    ("CO-29", "timely_filing"),
    ("PR-119", "benefit_limit_reached"),
])
def test_a_forty_line_eob_reads_its_denial_codes_once(code, category):
    reading = read_denial(_eob(40, 7, code))
    assert reading.is_denial and [r.category for r in reading.reasons] == [category]
    assert reading.appeal_deadline_days == 180 and reading.codes.count(code) == 1
    assert len(reading.dates_of_service) >= 10


def test_a_denial_file_that_is_not_utf8_is_read_with_a_warning_naming_it(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "denial-cp1252.txt"
    text = ("Aetna Behavioral Health \u2013 Notice of Adverse Determination\nThe request for intensive outpatient "
            "services is denied: the records do not show a failed lower level of care.\n"
            "You may appeal within 180 days of this notice.\n")
    path.write_bytes(text.encode("cp1252"))
    result = subprocess.run([sys.executable, "-m", "assistant", "denial", str(path), "--json"],
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()[-400:]
    assert b"denial-cp1252.txt is not valid UTF-8" in result.stderr
    assert json.loads(result.stdout)["appeal_deadline_days"] == 180
