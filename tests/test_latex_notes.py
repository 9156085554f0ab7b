"""A note pasted as LaTeX source is read as its text: sections as headings, items as list items, tabular rows as
table rows (so scores in them are dated scores), comments and the preamble dropped."""
from __future__ import annotations

from assistant.letters.extract import extract_facts
from assistant.letters.latex import plain_latex

_REPORT = r"""\documentclass{article}
\usepackage{booktabs}
\begin{document}
\noindent\textbf{Client:} J. Doe \hfill \textbf{Program:} IOP, 3 days/week
\section*{Scores}
\begin{tabular}{lcc}
\toprule
Measure & 09/01/2026 & 10/01/2026 \\
\midrule
PHQ-9 & 19 & 12 \\
GAD-$7$ & 15 & 9 \\
\bottomrule
\end{tabular}
\section*{Goals}
\begin{itemize}
\item PHQ-9 under 10 for 4 weeks % target agreed 09/01
\item Back at work 3 days a week
\end{itemize}
\end{document}
"""


def test_latex_source_reads_as_plain_text():
    text = plain_latex(_REPORT)
    assert "\\" not in text and "| Measure | 09/01/2026 | 10/01/2026 |" in text
    assert "- Back at work 3 days a week" in text and "target agreed" not in text


def test_scores_in_a_tabular_are_dated_scores():
    facts = extract_facts([_REPORT])
    assert {(m.instrument, m.score, m.date) for m in facts.measures} >= {("PHQ-9", 19, "09/01/2026"), ("PHQ-9", 12, "10/01/2026")}
    assert facts.goals


def test_items_and_sections_without_a_document_wrapper():
    text = plain_latex("\\section{Plan}\n\\item weekly CBT\n\\item \\textbf{PHQ-9} monthly")
    assert text.split() == ["Plan:", "-", "weekly", "CBT", "-", "PHQ-9", "monthly"]


def test_a_note_that_is_not_latex_is_unchanged():
    note = "PHQ-9 down 33% since intake; 50% of homework done.\nPlan: weekly."
    assert plain_latex(note) == note
