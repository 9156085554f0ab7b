"""Knowledge documents: the schema check, ingest (incremental), hybrid retrieval and offline answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.criteria.documents import KNOWLEDGE_DIR, load_knowledge

FIXTURES = Path(__file__).parent / "fixtures" / "knowledge"


def test_broken_front_matter_is_named_and_the_rest_still_loads():
    sections, problems = load_knowledge(FIXTURES)
    assert [(p.path, p.field) for p in problems] == [("broken-front-matter.md", "payer")]
    assert {s.source_id for s in sections} == {"erisa-appeal-window", "optum-outpatient-auth", "carc-50", "aetna-iop"}


def test_shipped_knowledge_base_is_valid_and_large_enough():
    sections, problems = load_knowledge(KNOWLEDGE_DIR)
    assert problems == []
    assert len({s.source_id for s in sections}) >= 40
    assert all(s.url.startswith("http") and s.effective_date for s in sections)


def test_ingest_is_incremental(small_kb, tmp_path):
    first = small_kb.ingest()
    assert first.added == first.total and first.problems
    again = small_kb.ingest()
    assert again.added == again.updated == 0 and again.unchanged == first.total
    folder = tmp_path / "kb"
    shutil.copytree(FIXTURES, folder)
    doc = folder / "carc-50.md"
    doc.write_text(doc.read_text().replace("dated evidence", "dated, specific evidence"))
    (folder / "aetna-iop.md").unlink()
    small_kb.knowledge_dir = folder
    changed = small_kb.ingest()
    assert changed.updated == 1 and changed.removed == 2 and changed.added == 0


def test_exact_identifiers_are_found_by_keywords(small_kb):
    assert small_kb.search("CO-50", k=1, mode="bm25")[0].source_id == "carc-50"
    assert small_kb.search("2560.503-1", k=1, mode="bm25")[0].source_id == "erisa-appeal-window"
    assert small_kb.search("90837", k=1)[0].source_id == "optum-outpatient-auth"


def test_payer_filter_keeps_that_payer_and_all(small_kb):
    found = {p.source_id for p in small_kb.search("criteria for care", k=10, payer="Aetna")}
    assert "optum-outpatient-auth" not in found and "aetna-iop" in found
    found = {p.payer for p in small_kb.search("prior authorization", k=10, payer="Optum/UnitedHealthcare")}
    assert found <= {"optum", "all"}


def test_level_of_care_filter(small_kb):
    found = {p.source_id for p in small_kb.search("LOCUS criteria", k=10, level_of_care="IOP")}
    assert "optum-outpatient-auth" not in found and "aetna-iop" in found


def test_results_carry_their_citation_fields(small_kb):
    p = small_kb.search("appeal deadline", k=1)[0]
    assert p.source_id and p.title and p.section and p.policy_id and p.url and p.effective_date and p.text


def test_offline_answer_quotes_the_knowledge_base_with_citations(small_kb):
    answer = small_kb.ask("How long do I have to file an ERISA internal appeal?")
    assert "180 days" in answer.text and "[1]" in answer.text
    assert answer.citations()[0]["source_id"] == "erisa-appeal-window"
    assert answer.citations()[0]["quote"]


def test_empty_question_is_refused(small_kb):
    with pytest.raises(InputError):
        small_kb.ask("   ")


def test_first_question_builds_a_missing_index(small_kb):
    assert small_kb.index.count() == 0
    small_kb.ask("What does CO-50 mean?")
    assert small_kb.index.count() > 0 and any("Built the knowledge index" in n for n in small_kb.notices)


def test_corrupt_index_folder_is_rebuilt(small_kb):
    small_kb.ingest()
    path = small_kb.index_path
    small_kb._index = small_kb._retriever = None
    for f in path.rglob("*"):
        if f.is_file():
            f.write_bytes(b"garbage")
    answer = small_kb.ask("What does CO-50 mean?")
    assert answer.passages and any("rebuilt" in n for n in small_kb.notices)


def test_instructions_inside_a_knowledge_document_are_data():
    sections, _ = load_knowledge(FIXTURES)
    assert not any("approved" in s.text for s in sections)  # the broken file never loads at all


def test_real_embedder_ranks_semantic_matches(tmp_path, detector):
    from assistant.adapters.embedder import DEFAULT_MODEL_DIR, OnnxEmbedder
    from assistant.service import build_service
    from assistant.settings import Settings

    if not (DEFAULT_MODEL_DIR / "model.onnx").is_file():
        pytest.skip("embedding model not exported: run `make setup`")
    embedder = OnnxEmbedder()
    a, b, c = embedder.embed(["deadline to appeal a denial", "how many days to file an appeal", "PHQ-9 score bands"])
    dot = lambda x, y: sum(i * j for i, j in zip(x, y))
    assert dot(a, b) > dot(a, c)
    service = build_service(Settings(data_dir=tmp_path / "d"), detector=detector, embedder=embedder,
                            knowledge_dir=FIXTURES)
    assert service.search("how many days do I have to contest the plan's decision", k=1, mode="dense")[0].source_id \
        == "erisa-appeal-window"


@pytest.mark.parametrize("question, lead", [
    ("My client scored 17 on the GAD-7 today. What severity range is that?", '"severe"'),
    ("PHQ-9 went 22 -> 8 over 12 weeks. Is that response, and what band is she in now?", '"mild"'),
    ("PCL-5 58 at intake, 41 now: how severe is it still?", "PCL-5 41"),
])
def test_scores_with_a_band_question_lead_the_answer_with_the_catalogs_reading(small_kb, question, lead):
    answer = small_kb.ask(question)
    assert answer.answered and answer.text.startswith("By the published bands") and lead in answer.text.split("(computed")[0]
