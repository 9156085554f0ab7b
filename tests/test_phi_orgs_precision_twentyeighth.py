"""PHI classes from the twenty-eighth round, organisations, places, identifiers and precision; examples written here
(three or more per class, and shapes that must stay untouched):
- a public office named only by what it does ("Disability Determination Services", "Office of the Medical Examiner",
  "U.S. Department of Labor") is kept; one with a word of its own stays redacted;
- the machinery of a database dump, a Jupyter notebook and an X12 claim envelope is kept, their values are typed by
  the schema, the printed table's header or the segment;
- national device, phone, firearm and app brands, and a vehicle's make after its colour, are kept;
- a vital sign's rate ("RR 16"), a clock time's minutes ("10:52 CT"), a job title, a name field's label or a capitals
  sentence before a state code, and a state's mail station are no client's address;
- an agency's letters before a report number, an employee's short number, a card's last digits named a few words
  after it, an IMEI's check digit and a paired device part's code are identifiers;
- a town after a practice's name with a word-like state code, a town before a local office's word, the town after a
  street that opens with a compass letter and a Spanish street word, and a numbered organisation are redacted."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched


@pytest.mark.parametrize("text, value", [
    ("Records were sent to Disability Determination Services on 03/02.", "Disability Determination Services"),
    ("The Office of the Medical Examiner requested the chart.", "Office of the Medical Examiner"),
    ("You may complain to the U.S. Department of Labor in writing.", "U.S. Department of Labor"),
    ("ADMINISTRATIVE HEARINGS DEPARTMENT -- NOTICE", "HEARINGS DEPARTMENT"),
    ("Petition routed to the Office of the Dean of Students for review.", "Office of the Dean of Students"),
])
def test_a_public_office_named_by_its_function_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("She works at Brackenfield Determination Services in town.", "Brackenfield"),
    ("Referred by Quillmore Medical Review Group last spring.", "Quillmore"),
    ("Seen at Tamsin Hollow Counseling Center weekly.", "Tamsin Hollow"),
])
def test_an_office_with_a_word_of_its_own_stays_redacted(detector, text, value):
    assert covered(detector, text, value)


_DUMP = ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
         "CREATE TABLE pts(id INTEGER PRIMARY KEY, surname TEXT, city TEXT, zip TEXT, minutes INTEGER);\n"
         "INSERT INTO pts VALUES(7,'Vandersloot','Wiscasset','04578',50);\n"
         "INSERT INTO pts VALUES(8,'Quennell','Damariscotta','04543',45);\nCOMMIT;\n")


@pytest.mark.parametrize("value", ["Wiscasset", "04578", "Damariscotta", "04543"])
def test_a_dump_row_is_typed_by_its_create_table_columns(detector, value):
    assert covered(detector, _DUMP, value)


@pytest.mark.parametrize("value", ["CREATE TABLE", "INTEGER PRIMARY KEY", "PRAGMA", "BEGIN TRANSACTION"])
def test_a_dump_statements_words_are_kept(detector, value):
    assert untouched(detector, _DUMP, value)


_NOTEBOOK = ('{\n "cells": [\n  {\n   "cell_type": "markdown",\n   "id": "3fa81c09",\n   "metadata": {},\n'
             '   "source": [\n    "# intake pull\\n"\n   ]\n  },\n  {\n   "cell_type": "code",\n   "id": "b77e2d14",\n'
             '   "outputs": [\n    {\n     "data": {\n      "text/plain": [\n'
             '       "     mrn   zip  clinic\\n",\n'
             '       "4   QX-2201  04011  north\\n",\n'
             '       "9   QX-2290  04086  south"\n      ]\n     },\n     "output_type": "execute_result"\n    }\n   ],\n'
             '   "source": [\n    "import pandas as pd\\n",\n    "from sqlalchemy import create_engine\\n",\n'
             '    "df.loc[df.zip > 0].head()"\n   ]\n  }\n ],\n "nbformat": 4\n}\n')


@pytest.mark.parametrize("value", ["markdown", "3fa81c09", "b77e2d14", "sqlalchemy", "create_engine"])
def test_a_notebooks_structure_and_code_words_are_kept(detector, value):
    assert untouched(detector, _NOTEBOOK, value)


@pytest.mark.parametrize("value", ["04011", "04086"])
def test_a_table_printed_in_a_notebook_is_typed_by_its_header(detector, value):
    assert covered(detector, _NOTEBOOK, value)


_X12 = ("ISA*00*          *00*          *ZZ*1649302817     *ZZ*330897513      *250402*0915*^*00501*000000611*0*P*:~\n"
        "GS*HC*1649302817*330897513*20250402*0915*611*X*005010X222A1~\nST*837*0001*005010X222A1~\n"
        "NM1*40*2*OFFICE ALLY*****46*330897513~\nNM1*IL*1*PELLINGTON*ROSALIND****MI*Q77120455~\n"
        "PRV*BI*PXC*103TC0700X~\nSE*12*0001~\nGE*1*611~\nIEA*1*000000611~\n")


@pytest.mark.parametrize("value", ["000000611", "005010X222A1", "103TC0700X", "330897513"])
def test_an_x12_envelope_and_receiver_are_kept(detector, value):
    assert untouched(detector, _X12, value)


@pytest.mark.parametrize("value", ["PELLINGTON", "Q77120455", "1649302817"])
def test_an_x12_patient_and_sender_stay_redacted(detector, value):
    assert covered(detector, _X12, value)


@pytest.mark.parametrize("text, value", [
    ("Uses a CPAP (ResMed AirSense 10, S/N 22871640032) nightly.", "ResMed AirSense"),
    ("Wears a Dexcom G6; pump is an Omnipod 5.", "Dexcom"),
    ("Her phone (Motorola, IMEI 35 118822 009314 2) was kept.", "Motorola"),
    ("Reports a handgun (Glock) kept in the nightstand.", "Glock"),
    ("Parents message only through OurFamilyWizard now.", "OurFamilyWizard"),
    ("He sleeps in his gray Toyota some nights.", "gray Toyota"),
])
def test_national_brands_and_a_coloured_make_are_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Vitals: BP 118/76  HR 92  RR 18  SpO2 98%", "RR 18"),
    ("T 98.9, HR 104, RR 22, BGL 140 at triage", "RR 22"),
    ("Call logged 14:10-14:47 CT by the consultant.", "47 CT"),
    ("Signed by Ilse Brandvold, PhD, Licensed Psychologist, Idaho license PSY-2231.", "Licensed Psychologist"),
    ("Name (Last, First, MI): ________", "First"),
    ("5. IS THERE A CLAIM, SUIT, OR BOARD ACTION PENDING?", "SUIT"),
    ("Return to: Licensing Unit, 11 State House Station, Augusta ME 04333", "11 State House Station"),
])
def test_shapes_read_as_addresses_that_are_not_a_clients(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Mailing address: RR 2 Box 41, Harlan KY 40831", "RR 2 Box 41"),
    ("Lives at 22 Oak St, Salem, OR 97301 with her aunt.", "Salem"),
    ("Moved to 9 N Calle Ocho, Unit 3, Hialeah 33010 in May.", "Hialeah"),
    ("Her office: Tidewater Therapy, Boise ID   (208) 555-0192", "Boise"),
    ("Road test set for the Bangor branch on Friday.", "Bangor"),
])
def test_addresses_and_towns_without_a_street_cue_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Post office closed early, so the form went Monday.", "Post"),
    ("The Central office called about the form.", "Central"),
    ("Her ID 4471 badge was lost.", "Her"),
])
def test_common_words_before_office_words_stay(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Police (report KPD 24-0081123) took her home.", "KPD 24-0081123"),
    ("Incident rpt # SPD-23-0O7719 attached.", "SPD-23-0O7719"),
    ("Interpreter Ka Vang (staff interpreter, emp # 5520) joined.", "5520"),
    ("Fee unpaid (card declined -- ending 9031).", "9031"),
    ("Phone bagged (IMEI 35 661204 117930 4) at intake.", "35 661204 117930 4"),
    ("CGM on arm (transmitter code 8K-4QZ7) replaced.", "8K-4QZ7"),
    ("Works for the Linden Grove School District 212 as an aide.", "Linden Grove School District 212"),
])
def test_identifiers_with_prefixes_and_numbered_organisations_are_redacted(detector, text, value):
    assert covered(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Signed SSA-827 on file for the request.", "SSA-827"),
    ("The plan's SPD explains the appeal steps.", "SPD"),
    ("The card was declined, ending the call early.", "ending the call"),
])
def test_forms_and_plan_terms_beside_numbers_stay(detector, text, value):
    assert untouched(detector, text, value)
