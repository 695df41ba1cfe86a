"""A header field the extractor reads otherwise than the copy prints it (a number that lost its hyphen, a body's name cut
mid-cell and completed from the number's code) is marked ``vnp:inferredProperty`` in the graph, so that validation
reports it to the steward as an info to check against the original; a field read as printed is not."""

from __future__ import annotations

from pathlib import Path

from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import ELI, VNP
from vnpolicy.validate.report import Severity

LAYOUTS = Path(__file__).parent / "data" / "layouts"
NUMBER_RESTORED = LAYOUTS / "136_ministry_number_lost_its_hyphen_on_a_flattened_row.txt"  # "1207/KHBYT" under "BỘ Y TẾ"
ISSUER_COMPLETED = LAYOUTS / "137_ministry_cell_cut_directive_without_authority_line.txt"  # "BỘ VĂN HOÁ, THỂ THAO |"


def _entry(source: Path, seed_store, tmp_path):
    upload = tmp_path / source.name
    upload.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    entry = read_entry(upload, seed_store)
    return entry, check_entry(entry, seed_store), next(entry.graph.subjects(ELI.is_realized_by, None))


def test_a_number_read_with_its_lost_hyphen_restored_is_marked_inferred_and_reported_as_an_info(seed_store, tmp_path):
    entry, report, work = _entry(NUMBER_RESTORED, seed_store, tmp_path)
    inferred = set(entry.graph.objects(work, VNP.inferredProperty))
    assert ELI.id_local in inferred and ELI.passed_by not in inferred  # the header names its ministry as printed
    infos = [r for r in report.results if str(r.source_shape).endswith("InferredPropertyShape") and r.value == ELI.id_local]
    assert {result.severity for result in infos} == {Severity.INFO}
    assert not [r for r in report.results if r.severity == Severity.VIOLATION]


def test_an_issuer_completed_from_the_number_s_code_is_marked_inferred_its_number_is_not(seed_store, tmp_path):
    entry, _, work = _entry(ISSUER_COMPLETED, seed_store, tmp_path)
    inferred = set(entry.graph.objects(work, VNP.inferredProperty))
    assert ELI.passed_by in inferred and ELI.id_local not in inferred
