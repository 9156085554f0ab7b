"""Name precision classes from the twenty-third blind set (examples written here): in a line written in another
language (Turkish, Polish, Tagalog), its lowercase words and its form's labels are no names, and a drug dose there
stays readable; names in those lines stay redacted, and lowercase names in English lines still count. Spans that ran
past a name: a model's guess across a bracket or across a lowercase role word, a verb made of an abbreviation after
a name ("ok'd"), a town in brackets after a name."""
from __future__ import annotations

import pytest

from assistant.phi.line_language import foreign_lines
from assistant.phi.recognizers.names import find_names
from phi_spans import covered, untouched

TURKISH = ("Hasta notu: Son iki haftadır uyku düzensiz, iştah az, ağlama nöbetleri var.\n"
           "Tedavi: essitalopram 10 mg/gün sabah, hidroksizin 25 mg gece gerekirse.\n"
           "Kontrol: iki hafta sonra poliklinikte; annesi Gülsüm Hanım ile görüşüldü.\n\n"
           "Note: Mr. Barış Yıldırım brought his mother to the session; she speaks little English.")
POLISH = ("Pacjentka: Agnieszka Wróblewska      PESEL: 91020312345\n"
          "Rozpoznanie: epizod depresyjny umiarkowany, bez objawów psychotycznych.\n"
          "Leczenie: escitalopram 10 mg/dobę, rano. Zalecenia: kontrola za dwa tygodnie u lekarza rodzinnego.\n"
          "Lekarz kierujący: dr Tomasz Zieliński\n\n"
          "Therapist note: Agnieszka's sister Beata helps with translation.")
TAGALOG = ("Tala: hindi siya natutulog nang maayos mula noong umalis si Benjie papuntang Dubai.\n"
           "Gamot: sertraline 50 mg isang beses sa isang araw, sa umaga.\n\n"
           "Clinician: client read the message aloud in session; her son Benjie calls on Sundays.")


@pytest.mark.parametrize("text, word", [
    (TURKISH, "10 mg/gün"), (TURKISH, "ile görüşüldü"), (TURKISH, "Tedavi"), (TURKISH, "Kontrol"),
    (POLISH, "Rozpoznanie"), (POLISH, "Zalecenia"), (POLISH, "10 mg/dobę"),
    (TAGALOG, "siya natutulog nang maayos"), (TAGALOG, "isang beses"),
])
def test_another_languages_own_words_and_labels_are_no_names(detector, text, word):
    assert untouched(detector, text, word)


@pytest.mark.parametrize("text, name", [
    (TURKISH, "Gülsüm"), (TURKISH, "Barış Yıldırım"), (POLISH, "Agnieszka Wróblewska"), (POLISH, "Tomasz Zieliński"),
    (POLISH, "Beata"), (TAGALOG, "Benjie"),
])
def test_names_in_a_line_of_another_language_stay_redacted(detector, text, name):
    assert covered(detector, text, name)


@pytest.mark.parametrize("text, name", [
    ("Ref 1 ........ toni marchetti, neighbor, 505 555 0112", "toni marchetti"),
    ("pt came w/ her aunt rosalba and stayed the whole hour", "rosalba"),
    ("called back, spoke w/ dashiell about the ride home", "dashiell"),
])
def test_lowercase_names_in_english_lines_still_count(detector, text, name):
    assert covered(detector, text, name)


def test_a_line_is_judged_by_its_lowercase_words_not_its_names(detector):
    text = "Kowalczyk-Adeyemi, Bronisława   LCSW-R   NY 071123\nZalecenia: kontrola za dwa tygodnie u lekarza."
    lines = foreign_lines(text, detector.vocabulary)
    assert [text[a:b] for a, b in lines] == ["Zalecenia: kontrola za dwa tygodnie u lekarza."]


@pytest.mark.parametrize("text, name, words", [
    ("REFUSED | VX 2210\n\nSHIFT REPORT  (Lou Brandtner, front desk, 3/4)", "Lou Brandtner", "SHIFT REPORT"),
    ("Escorted out (Securitas officer Dimitriou, badge 2210) at noon.", "Dimitriou", "officer"),
    ("Paged at 02:10.\n\nCRISIS CALL LOG  (Mirela Stancu, on-call)", "Mirela Stancu", "CRISIS CALL LOG"),
])
def test_a_name_guess_ends_at_a_bracket_or_a_lowercase_role_word(detector, text, name, words):
    assert covered(detector, text, name) and untouched(detector, text, words)


@pytest.mark.parametrize("text, name, verb", [
    ("landlady Brennigan ok'd the cat, one only.", "Brennigan", "ok'd"),
    ("supervisor Kowalczyk cc'd me on the schedule change", "Kowalczyk", "cc'd"),
    ("teacher Ostrowska fax'd the 504 plan on Friday", "Ostrowska", "fax'd"),
])
def test_an_abbreviation_made_a_verb_is_no_part_of_the_name(detector, text, name, verb):
    assert covered(detector, text, name) and untouched(detector, text, verb)


@pytest.mark.parametrize("text, name, town", [
    ("Family: son Desmond (Tulsa), calls weekly.", "Desmond", "Tulsa"),
    ("her brother Anselm (Duluth) may take the dog", "Anselm", "Duluth"),
    ("sister Marguerite (Gainesville) visits in summer", "Marguerite", "Gainesville"),
])
def test_a_town_in_brackets_after_a_name_is_not_its_nickname(detector, text, name, town):
    spans = find_names(text, detector.vocabulary)
    assert any(text[s.start:s.end] == name for s in spans)
    assert not any(name in text[s.start:s.end] and town in text[s.start:s.end] for s in spans)


@pytest.mark.parametrize("text, whole", [
    ("brother Robert (Bob) Chen drove her", "Robert (Bob) Chen"),
    ("sister Anastasia (Ana) came along", "Anastasia (Ana"),
    ("uncle Jonathan (Jono) Whitlock called", "Jonathan (Jono) Whitlock"),
])
def test_a_nickname_in_brackets_stays_part_of_the_name(detector, text, whole):
    assert any(text[s.start:s.end] == whole for s in find_names(text, detector.vocabulary))
