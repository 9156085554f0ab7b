"""Payer-criteria documents in knowledge/: front matter checked, bodies split into citable sections."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

Payer = Literal["medicare", "medicare-advantage", "medicaid", "optum", "aetna", "cigna", "anthem",
                "magellan", "kaiser", "bcbs", "all"]
Level = Literal["outpatient", "iop", "php", "residential", "inpatient", "all"]
KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"


class FrontMatter(BaseModel):
    """The metadata every knowledge document must carry; unknown keys are an error."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    payer: Payer
    policy_id: str
    levels_of_care: list[Level]
    topics: list[str]
    source_url: str
    effective_date: dt.date
    last_reviewed: dt.date
    verified: bool

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
            raise ValueError("must be lowercase kebab-case, e.g. erisa-appeal-deadlines")
        return value

    @field_validator("topics", mode="before")
    @classmethod
    def _topics_as_text(cls, value):
        # YAML reads a topic such as 90837 as a number; it is still a topic word.
        return [str(v) for v in value] if isinstance(value, list) else value

    @field_validator("source_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")):
            raise ValueError("must be an http(s) URL")
        return value


@dataclass(frozen=True)
class Section:
    """One citable section of a knowledge document: the unit that is embedded and retrieved."""

    chunk_id: str          # "<doc id>#<n>", stable while the document's section order is
    source_id: str
    title: str
    section: str
    policy_id: str
    url: str
    effective_date: str
    payer: str
    levels_of_care: tuple[str, ...]
    verified: bool
    text: str

    @property
    def content_hash(self) -> str:
        """Changes whenever the text or the metadata that travels with it changes."""
        blob = "\x1f".join([self.title, self.section, self.policy_id, self.url, self.effective_date,
                            self.payer, ",".join(self.levels_of_care), str(self.verified), self.text])
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class KnowledgeProblem:
    """A document that could not be used: which file, which field, what is wrong."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


def _split_front_matter(raw: str) -> tuple[str, str] | None:
    m = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n(.*)\Z", raw, re.S)
    return (m.group(1), m.group(2)) if m else None


def parse_document(path: Path) -> tuple[FrontMatter, str] | KnowledgeProblem:
    """One Markdown file -> (front matter, body), or the problem that keeps it out of the index."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return KnowledgeProblem(path.name, "file", f"cannot be read as UTF-8 text ({exc.__class__.__name__})")
    parts = _split_front_matter(raw)
    if parts is None:
        return KnowledgeProblem(path.name, "front matter", "missing: the file must start with a --- block")
    try:
        data = yaml.safe_load(parts[0])
    except yaml.YAMLError as exc:
        return KnowledgeProblem(path.name, "front matter", f"not valid YAML ({str(exc).splitlines()[0]})")
    if not isinstance(data, dict):
        return KnowledgeProblem(path.name, "front matter", "must be a set of key: value lines")
    try:
        meta = FrontMatter(**data)
    except ValidationError as exc:
        err = exc.errors()[0]
        return KnowledgeProblem(path.name, ".".join(str(x) for x in err["loc"]) or "front matter", err["msg"])
    if meta.id != path.stem:
        return KnowledgeProblem(path.name, "id", f"'{meta.id}' must equal the file name '{path.stem}'")
    return meta, parts[1]


def split_sections(meta: FrontMatter, body: str) -> list[Section]:
    """A document body -> its sections: the lead paragraph under the title, then each `## ` heading."""
    chunks: list[tuple[str, str]] = []
    heading, lines = "Summary", []
    for line in body.splitlines():
        if line.startswith("## "):
            chunks.append((heading, "\n".join(lines)))
            heading, lines = line[3:].strip(), []
        elif line.startswith("# "):
            continue
        else:
            lines.append(line)
    chunks.append((heading, "\n".join(lines)))
    sections = []
    for n, (name, text) in enumerate(c for c in chunks if c[1].strip()):
        sections.append(Section(
            chunk_id=f"{meta.id}#{n}", source_id=meta.id, title=meta.title, section=name,
            policy_id=meta.policy_id, url=meta.source_url, effective_date=meta.effective_date.isoformat(),
            payer=meta.payer, levels_of_care=tuple(meta.levels_of_care), verified=meta.verified,
            text=text.strip()))
    return sections


def _document_paths(folder: Path) -> list[Path]:
    """The knowledge documents in a folder: every .md file except its README (the audit, not a document)."""
    return [p for p in sorted(folder.glob("*.md")) if p.name.lower() != "readme.md"]


def load_knowledge(folder: Path | None = None) -> tuple[list[Section], list[KnowledgeProblem]]:
    """knowledge/ -> (every section of every valid document, the problems of the invalid ones)."""
    folder = Path(folder or KNOWLEDGE_DIR)
    sections: list[Section] = []
    problems: list[KnowledgeProblem] = []
    for path in _document_paths(folder):
        parsed = parse_document(path)
        if isinstance(parsed, KnowledgeProblem):
            problems.append(parsed)
        else:
            sections.extend(split_sections(*parsed))
    return sections, problems


def documents(folder: Path | None = None) -> list[FrontMatter]:
    """The valid documents' front matter, for browsing the knowledge base."""
    out = []
    for path in _document_paths(Path(folder or KNOWLEDGE_DIR)):
        parsed = parse_document(path)
        if not isinstance(parsed, KnowledgeProblem):
            out.append(parsed[0])
    return out
