"""Notes written in a language the clinical glossary had not covered (Galician, Catalan, Polish, Russian, Ukrainian,
Macedonian, Serbian/Croatian/Bosnian, Bulgarian, Romanian, Dutch, Tagalog, Haitian Creole, Somali, Swahili, Amharic):
their schedule, goals and one more element are read through assistant/data/clinical_glossary.yaml. Every note here
was written for these tests."""
import pytest

from assistant.letters.extract import extract_facts
from assistant.letters.glossary import glossed


def _third(facts, element):
    return {"risk": facts.risk.assessed, "prior_treatment": bool(facts.prior_treatment),
            "modality": bool(facts.modalities), "impairment": bool(facts.impairments)}[element]


# -- a note written wholly in one of the added languages: schedule, goals and one more element --------------------
@pytest.mark.parametrize("note, element", [
    # Galician: counts written as words, "unha vez por semana"
    ("Plan de tratamento: sesións individuais unha vez por semana, 50 minutos, doce sesións.\n"
     "Obxectivos: PHQ-9 por debaixo de 10 en 12 semanas; volver ao traballo tres días á semana.\n"
     "Risco: nega ideación suicida e autolesións.", "risk"),
    # Catalan
    ("Pla de tractament: teràpia cognitivoconductual setmanal, dotze sessions de 45 minuts.\n"
     "Objectius: GAD-7 per sota de 8 en 12 setmanes; tornar a agafar el metro sola.\n"
     "Tractament previ: psicoteràpia el 2019, 10 sessions, sense medicació.", "prior_treatment"),
    # Polish: "sesji" is the count form of "sesja"; "Cele:" is read only as a label
    ("Plan leczenia: psychoterapia raz w tygodniu po 50 minut, dwanaście sesji.\n"
     "Cele: PHQ-9 poniżej 10 po 12 tygodniach; powrót do pracy na pełen etat.\n"
     "Ryzyko: nie zgłasza myśli samobójczych; niskie ryzyko.", "risk"),
    # Russian
    ("План лечения: КПТ раз в неделю, 12 сеансов по 50 минут.\n"
     "Цели: PHQ-9 ниже 10 через 12 недель; снова ездить на метро одной.\n"
     "Риск: отрицает суицидальные мысли.", "risk"),
    # Ukrainian
    ("План лікування: когнітивно-поведінкова терапія щотижня, 12 сесій.\n"
     "Цілі: GAD-7 < 8 за 12 тижнів; повернутися до роботи на повний день.\n"
     "Попереднє лікування: психотерапія у 2020 році, 8 сеансів.", "modality"),
    # Macedonian
    ("План за третман: сеанси еднаш неделно по 45 минути, 12 сеанси.\n"
     "Цели: PHQ-9 под 10 за 12 недели; сама со автобус до пазар секоја сабота.\n"
     "Претходно лекување: психотерапија во 2019, 10 сеанси.", "prior_treatment"),
    # Croatian
    ("Plan liječenja: KBT jednom tjedno, 12 seansi po 50 minuta.\n"
     "Ciljevi: PHQ-9 ispod 10 za 12 tjedana; povratak na posao puno radno vrijeme.\n"
     "Rizik: negira suicidalne misli; nizak rizik.", "risk"),
    # Serbian, Cyrillic
    ("План лечења: сеансе једном недељно, 12 сеанси.\n"
     "Циљеви: PHQ-9 испод 10 за 12 недеља; поново сама у продавницу.\n"
     "На боловању од марта; не може да ради.", "impairment"),
    # Bosnian
    ("Plan tretmana: porodična terapija jednom sedmično, 10 seansi.\n"
     "Ciljevi: 0 izostanaka iz škole 4 sedmice zaredom; SDQ ispod 15.\n"
     "Prethodno liječenje: psihoterapija 2021. godine, 6 seansi.", "prior_treatment"),
    # Bulgarian: "Цел:" is read only as a label
    ("План за лечение: когнитивно-поведенческа терапия веднъж седмично, 12 сесии.\n"
     "Цел: GAD-7 под 8 за 12 седмици; да пътува сама с метрото.\n"
     "Риск: отрича суицидни мисли; нисък риск.", "risk"),
    # Romanian
    ("Plan de tratament: psihoterapie săptămânal, 12 ședințe de 50 de minute.\n"
     "Obiective: PHQ-9 sub 10 în 12 săptămâni; revenirea la serviciu cu normă întreagă.\n"
     "Risc: neagă ideație suicidară.", "risk"),
    # Dutch
    ("Behandelplan: cognitieve gedragstherapie, wekelijks, 12 sessies van 45 minuten.\n"
     "Behandeldoelen: PHQ-9 onder 10 binnen 12 weken; weer 4 dagen per week aan het werk.\n"
     "Risico: ontkent suïcidale gedachten.", "risk"),
    # Tagalog: "12 na sesyon" (the count joined by "na")
    ("Plano ng paggamot: lingguhan na sesyon, 12 na sesyon.\n"
     "Mga layunin: PHQ-9 na mas mababa sa 10 sa loob ng 12 na linggo; makabalik sa trabaho.\n"
     "Panganib: itinatanggi ang iniisip na magpakamatay.", "risk"),
    # Haitian Creole
    ("Plan tretman: yon sesyon chak semèn, 12 sesyon.\n"
     "Objektif yo: PHQ-9 anba 10 nan 12 semèn; retounen travay 5 jou pa semèn.\n"
     "Li nye panse swisid.", "risk"),
    # Somali: a count takes the noun's singular ("12 fadhi")
    ("Qorshaha daaweynta: hal fadhi toddobaadkii, 12 fadhi.\n"
     "Yoolal: PHQ-9 ka hooseeya 10 muddo 12 toddobaad ah; inuu shaqada ku noqdo.\n"
     "Daaweyntii hore: dhakhtar cilmi-nafsi 2020, 6 fadhi.", "prior_treatment"),
    # Swahili: the count after its noun ("vikao 12", "wiki 12")
    ("Mpango wa matibabu: kikao kimoja kila wiki, vikao 12 vya dakika 50.\n"
     "Malengo: PHQ-9 chini ya 10 ndani ya wiki 12; kurudi kazini siku 5 kwa wiki.\n"
     "Hatari: anakana mawazo ya kujiua.", "risk"),
    # Amharic
    ("የሕክምና እቅድ: በሳምንት አንድ ጊዜ, 12 ክፍለ ጊዜዎች.\n"
     "ግቦች: PHQ-9 ከ 10 በታች በ 12 ሳምንታት ውስጥ.\n"
     "የቀድሞ ሕክምና: 2019 ላይ 6 ክፍለ ጊዜዎች የሥነ ልቦና ሕክምና.", "prior_treatment"),
], ids=["gl", "ca", "pl", "ru", "uk", "mk", "hr", "sr", "bs", "bg", "ro", "nl", "tl", "ht", "so", "sw", "am"])
def test_a_note_in_an_added_language_gives_its_schedule_goals_and_one_more_element(note, element):
    facts = extract_facts([note])
    assert facts.frequency and facts.duration and facts.goals
    assert _third(facts, element)


# -- the inflected forms a note writes are each read ---------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("12 сеансов, 3 сеанса, сеансы", "12 sessions, 3 sessions, sessions"),
    ("dwanaście sesji, 12 tygodni, 2 tygodnie", "twelve sessions, 12 weeks, 2 weeks"),
    ("12 seansi, 12 tjedana, 2 tjedna", "12 sessions, 12 weeks, 2 weeks"),
    ("терапії поведінкової, когнітивно-поведінкової терапії", "therapy поведінкової, cognitive behavioral therapy"),
])
def test_case_and_number_forms_are_read(text, expected):
    assert glossed(text) == expected


# -- an apostrophe typed straight, curly or as a modifier letter; a count written after its noun ------------------
@pytest.mark.parametrize("text, expected", [
    ("Criteris d'alta: GAD-7 < 8", "Discharge criteria: GAD-7 < 8"),
    ("Criteris d\u2019alta: GAD-7 < 8", "Discharge criteria: GAD-7 < 8"),
    ("п\u02bcять сесій", "five sessions"),
    ("vikao 12, kila wiki; wiki 8; dakika 50", "12 sessions, weekly; 8 weeks; 50 minutes"),
])
def test_apostrophes_and_counts_after_the_noun_are_read(text, expected):
    assert glossed(text) == expected


# -- must not: English, the languages covered before, and words that mean something else elsewhere ---------------
@pytest.mark.parametrize("text", [
    "Plan: weekly CBT, 12 sessions. Goals: PHQ-9 < 10. Seen at Alta Bates; watched Bill Nye; see wiki 2.0.",
    "Sertralina a alta dosis desde el 12 de mayo.",  # Spanish "a alta dosis" is a high dose, not a discharge
    "Cele mai multe zile merge la serviciu.",  # Romanian "cele" is an article, not Polish goals
    "Bệnh nhân quan tâm đến gia đình.",  # Vietnamese "quan", not Catalan "quan" (when)
    "Wir sehen uns am 10. Dez. wieder, wenn sie vier Tage schafft.",  # German "Dez." and "vier"
    "Onze cliënt werkt nog; le tien est là.",  # Dutch "onze" (our), French "tien" (yours)
])
def test_english_and_look_alike_words_are_left_as_written(text):
    assert glossed(text) == text


@pytest.mark.parametrize("text, expected", [
    ("Behandlungsplan: wöchentlich 50 Min. KVT, 20 Sitzungen. Ziele: PHQ-9 < 10 bis 10.12.2026.",
     "Treatment plan: weekly 50 Min. CBT, 20 Sessions. Goals: PHQ-9 < 10 by 10.12.2026."),
    ("Plan: terapia individual semanal, 12 sesiones. Metas: GAD-7 < 8; niega ideación suicida.",
     "Plan: therapy individual weekly, 12 sessions. Goals: GAD-7 < 8; denies suicidal ideation."),
    ("Mục tiêu: giảm lo âu; 12 buổi hàng tuần.", "Goals: giảm lo âu; 12 sessions weekly."),
])
def test_a_note_in_a_language_covered_before_reads_as_before(text, expected):
    assert glossed(text) == expected
