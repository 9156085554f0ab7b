"""LaTeX source pasted as a note (a report template compiled with pdflatex) made plain before it is read:
`\\section*{Goals}` becomes a heading line, `\\item` a list item, a `tabular` row `a & b & c \\\\` a Markdown
row "| a | b | c |", formatting commands give their text, math gives its characters, comments (`% ...`) and the preamble go.

A note is read this way only when it is LaTeX: a `\\begin{...}` or `\\documentclass`, or two or more sectioning,
item or formatting commands. Any other note is returned unchanged (a "%" in a note is a percent sign).
"""
from __future__ import annotations

import re

_IS_LATEX = re.compile(r"\\documentclass|\\begin\{(?:document|tabular|itemize|enumerate)\}")
_COMMANDS = re.compile(r"\\(?:section|subsection|textbf|textit|emph|item|noindent|hfill)\b")
_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{[^{}]*\}(?:\{[^{}]*\})?")
_DROP_LINE = re.compile(r"^\s*\\(?:documentclass|usepackage|maketitle|title|author|date|pagestyle|setlength|"
                        r"vspace|newpage|clearpage|(?:top|mid|bottom)rule|hline|cline|centering)\b[^\n]*$")
_COMMENT = re.compile(r"(?<!\\)%.*$")
_SECTION = re.compile(r"\\(?:sub)*section\*?\{([^{}]*)\}")
_FORMAT = re.compile(r"\\(?:textbf|textit|textsc|texttt|emph|underline|mbox|text|large|Large|small|footnotesize)\*?\{([^{}]*)\}")
_SPACING = re.compile(r"\\(?:hfill|quad|qquad|hspace\*?\{[^{}]*\})")
_BARE = re.compile(r"\\(?:noindent|large|Large|small|footnotesize|normalsize|centering|par)\b\s*")
_MATH = re.compile(r"\$([^$\n]*)\$")
_ESCAPES = {"\\%": "%", "\\&": "&", "\\$": "$", "\\_": "_", "\\#": "#", "~": " "}


def _math(m: re.Match) -> str:
    return re.sub(r"[_^{}\\]", "", m.group(1))


def _line(line: str, in_table: bool) -> str:
    line = _BARE.sub("", _ENVIRONMENT.sub("", _COMMENT.sub("", line)))
    line = _SECTION.sub(lambda m: "\n%s:" % m.group(1).strip().rstrip(":"), line)  # a heading over the lines below
    for _ in range(3):  # nested formatting: \textbf{\emph{x}}
        line = _FORMAT.sub(r"\1", line)
    line = _MATH.sub(_math, _SPACING.sub("   ", line))
    line = re.sub(r"^\s*\\item\s*", "- ", line)
    if in_table:
        cells = [cell.strip() for cell in re.split(r"(?<!\\)&", line.rstrip().removesuffix("\\\\"))]
        line = "| %s |" % " | ".join(cells) if len(cells) > 1 else cells[0]
    line = re.sub(r"\s*\\\\\s*$", "", line).replace("\\\\", "\n")
    line = line.replace("---", " - ").replace("--", "-").replace("``", '"').replace("''", '"')
    for code, char in _ESCAPES.items():
        line = line.replace(code, char)
    return re.sub(r"[{}]", "", line).rstrip()


def plain_latex(note: str) -> str:
    """LaTeX source -> its text, one block per line (see the module docstring); any other note unchanged."""
    if not (_IS_LATEX.search(note) or len(_COMMANDS.findall(note)) >= 2):
        return note
    out, in_table = [], False
    for raw in note.split("\n"):
        if re.search(r"\\begin\{tabular", raw):
            in_table = True
        elif re.search(r"\\end\{tabular", raw):
            in_table = False
        if _DROP_LINE.match(_COMMENT.sub("", raw)):
            continue
        line = _line(raw, in_table)
        if line.strip() or not raw.strip():  # a line that held only markup or a comment goes
            out.append(line)
    return "\n".join(out)
