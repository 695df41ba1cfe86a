"""A document cited twice, written two ways ("08-NQ/TW", then "08/NQ-TW"), is one stub with one number and one type."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI
from vnpolicy.validate.report import Severity

VALID_PLAN = Path(__file__).parent / "data" / "valid-plan.txt"
FIRST = "Căn cứ Quyết định số 169/QĐ-TTg ngày 04/02/2021"
SECOND = "Bám sát nội dung của Chiến lược"


def test_a_party_resolution_cited_in_two_ways_is_one_stub_that_validates(seed_store, tmp_path):
    text = VALID_PLAN.read_text(encoding="utf-8")
    assert FIRST in text and SECOND in text
    text = text.replace(FIRST, "Căn cứ Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị về phát triển du lịch;\n" + FIRST, 1)
    text = text.replace(SECOND, "Gắn với Nghị quyết 08/NQ-TW ngày 16/01/2017 về du lịch. " + SECOND, 1)
    upload = tmp_path / "plan.txt"
    upload.write_text(text, encoding="utf-8")
    entry = read_entry(upload, seed_store)
    stubs = {node for node in entry.graph.subjects(ELI.id_local, None) if str(node).endswith("/08-nq-tw")}
    assert len(stubs) == 1
    stub = stubs.pop()
    assert [str(number) for number in entry.graph.objects(stub, ELI.id_local)] == ["08-NQ/TW"]
    assert len(list(entry.graph.objects(stub, ELI.type_document))) == 1
    assert list(entry.graph.objects(stub, ELI.date_document))
    report = check_entry(entry, seed_store)
    assert not [(str(result.source_shape), str(result.focus_node)) for result in report.results
                if result.severity is Severity.VIOLATION and result.focus_node == URIRef(str(stub))]
