"""The reader's warnings in Vietnamese: every warning the layout corpus and the seeds give reads in Vietnamese, its
values kept as the reader wrote them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnpolicy.extract import extract_text
from vnpolicy.extract.warning_text import in_vietnamese, warning_text

TESTS = Path(__file__).parent
TEXTS = sorted((TESTS / "data" / "layouts").glob("*.txt")) + sorted((TESTS.parent / "graph" / "sources").glob("*.txt"))
# English words of the warnings' set phrases: none may be left once a warning is put into Vietnamese
ENGLISH = {"the", "not", "read", "found", "taken", "with", "check", "which", "from", "its", "and", "for", "this",
           "that", "parent", "title", "issuer", "document", "documents", "text", "plan", "copy", "number", "line",
           "lines", "section", "body", "whose", "none", "only", "but", "than", "rather", "most", "named", "names",
           "letter", "rules", "basis", "bases", "inferred", "confidence", "province", "unplaced", "found", "item"}


def english_left(vietnamese: str, source: str) -> set[str]:
    """The English words of ``vietnamese`` that are no word of the source text (a title or a name it quotes)."""
    own = {word.lower() for word in re.findall(r"[A-Za-z]+", source)}
    return {word for word in re.findall(r"[A-Za-z]+", vietnamese) if word.lower() in ENGLISH - own}


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_every_warning_on_the_layout_corpus_and_the_seeds_reads_in_vietnamese(path):
    source = path.read_text(encoding="utf-8")
    for warning in extract_text(source, path.name).warnings:
        vietnamese = in_vietnamese(warning.message)
        assert not english_left(vietnamese, source), (warning.message, vietnamese)


def test_the_values_a_warning_names_are_kept_as_written():
    message = ("parent not named as implemented: taken as 749/QĐ-TTg, the first policy document the preamble rests on;"
               " check it")
    assert in_vietnamese(message) == ("văn bản không nêu rõ văn bản được thực hiện: lấy 749/QĐ-TTg, văn bản chính sách"
                                      " đầu tiên trong phần căn cứ; cần kiểm tra")
    cited = "citation number written '20/NQ-TW' in the state's style: the Party's are written 20-NQ/TW; read so, check it"
    assert "'20/NQ-TW'" in in_vietnamese(cited) and "20-NQ/TW" in in_vietnamese(cited)
    assert "check" not in in_vietnamese(cited)


def test_a_warning_of_a_kind_the_table_does_not_know_stays_in_english_whole():
    unknown = "a kind of warning no table knows yet: 12/KH-UBND"
    assert in_vietnamese(unknown) == unknown
    assert warning_text(unknown, "en") == unknown


def test_english_is_the_extractor_s_own_wording():
    message = "task group without tasks"
    assert warning_text(message, "en") == message
    assert warning_text(message, "vi") == "nhóm nhiệm vụ không có nhiệm vụ nào"
