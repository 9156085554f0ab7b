"""PHI classes found in the twenty-ninth session, with examples written here (three or more per class, and shapes
that must stay untouched):
- in a note written largely in another language, a weak name or place guess that is that language's clinical word
  (our glossary's, "Plano de tratamento", "Nega ideação") is kept; a name in the same note is still redacted, and
  the same word as a town in an English note still is."""
from __future__ import annotations

import pytest

from phi_spans import covered, untouched

PT = ("Nota de sessão. Cliente: Mariana Teixeira Lobo. A cliente relata que a semana foi difícil e que faltou ao trabalho "
      "duas vezes.\nRisco: Nega ideação suicida, sem plano, risco baixo.\nPlano de tratamento: sessões semanais, mais 10 "
      "sessões.\nAssinatura: Joana Prates, LMHC")
ES = ("Nota de progreso. Paciente: Rosalba Quintanar Ibarra. La paciente dice que la semana fue muy dura y que no fue al "
      "trabajo.\nRiesgo: Niega ideación suicida; riesgo bajo.\nPlan de tratamiento: sesiones semanales durante doce "
      "semanas.\nMedicamentos: sertralina 50 mg.")
FR = ("Note de séance. Cliente : Éloïse Marchetti-Vaucher. La cliente dit que la semaine a été très difficile et "
      "qu'elle n'est pas allée au travail.\nRisque : Nie idées suicidaires; risque faible.\nSéances hebdomadaires, "
      "objectifs revus avec elle.")


@pytest.mark.parametrize("text, value", [
    (PT, "Plano de tratamento"),
    (PT, "Nega ideação"),
    (ES, "Plan de tratamiento"),
    (ES, "Medicamentos"),
    (FR, "Nie idées"),
])
def test_a_clinical_word_of_the_notes_language_is_kept(detector, text, value):
    assert untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    (PT, "Mariana Teixeira Lobo"),
    (ES, "Rosalba Quintanar Ibarra"),
    (FR, "Éloïse Marchetti-Vaucher"),
    ("Client moved to Plano last spring with her aunt; commutes to Richardson for work.", "Plano"),
])
def test_names_and_an_english_notes_town_are_still_redacted(detector, text, value):
    assert covered(detector, text, value)


# -- rating-scale item names and symptom terms a frequency list rates rare are clinical words, never names ----------
SCALE_ITEMS = ("BPRS 02/10/2026\n  Mannerisms/posturing        1      Grandiosity                 1\n"
               "  Suspiciousness              6      Hallucinatory behavior      5\n"
               "  Motor retardation           2      Uncooperativeness           2\n"
               "  Excitement                  2      Disorientation              1\n"
               "Diagnosis: F20.81 Schizophreniform disorder (provisional).\nClient: Tobias Lindgren-Achebe, 19.\n")


@pytest.mark.parametrize("value", ["Grandiosity", "Hallucinatory", "Uncooperativeness", "Disorientation", "Schizophreniform"])
def test_scale_item_and_symptom_words_are_kept(detector, value):
    assert untouched(detector, SCALE_ITEMS, value)


def test_the_client_beside_the_scale_is_still_redacted(detector):
    assert covered(detector, SCALE_ITEMS, "Tobias Lindgren-Achebe")


# -- the sex written after an age ("47 M", "(8 F)", "34 y/o F") is no initial ---------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Client: Dale E. Kowalski-Reyes, 47 M      Highmark PPO", "47 M"),
    ("Client: Ana P. Reyes-Molina, 34 y/o F, referred by her PCP.", "y/o F"),
    ("Patient: Harold Tibbs (81 M) seen at home.", "81 M"),
])
def test_the_sex_after_an_age_is_kept(detector, text, value):
    assert untouched(detector, text, value[-1:]) or untouched(detector, text, value)


@pytest.mark.parametrize("text, value", [
    ("Client: Dale E. Kowalski-Reyes, 47 M      Highmark PPO", "Dale E. Kowalski-Reyes"),
    ("Pt 47. M. Ortiz (sister) called twice.", "M. Ortiz"),
    ("Seen with M. (mother) and R. Ortiz today.", "M."),
])
def test_names_and_initials_beside_an_age_are_still_redacted(detector, text, value):
    assert covered(detector, text, value)
