"""The seed graph's validation report is exactly what the seeds call for, in both languages.

Expected (tests/seeds.json and the issue): the Lai Châu plan is issued with no
number and no date (two violations); the Cần Thơ plan is a draft with a blank
number and day (two warnings); the OCR copy of the Hải Phòng plan is low-quality
text (an info on its format node); every document known only from a citation
gets one info; a seed text whose header has no issuer block (Hải Phòng, Lai Châu,
Cần Thơ start at the number or the title) gets one info for each header field
inferred from its body. Nothing else.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from vnpolicy.namespaces import ELI, SH, sparql_prefixes
from vnpolicy.settings import SOURCES_DIR
from vnpolicy.sparql.binder import bind as bind_values
from vnpolicy.validate.batching import graph_batches, validate_store
from vnpolicy.validate.render import text_report
from vnpolicy.validate.report import Severity

VNPSH = "https://w3id.org/vnpolicy/shapes#"
LAI_CHAU = "002_b20d98fbd54e8cfa.txt"
CAN_THO = "004_ece9596f0e0c12d4.txt"
OCR_COPY = "003_fb8e79489e62ef92.txt"
HAI_PHONG = "001_e28ba1087141c19c.txt"


def shape(name: str) -> URIRef:
    return URIRef(VNPSH + name)


def rows(store, query: str, **bindings):
    return store.select(bind_values(sparql_prefixes() + query, bindings)).rows


def format_of(store, source_file: str) -> URIRef:
    found = rows(store, "SELECT ?format WHERE { ?format vnp:sourceFile ?file }", file=Literal(source_file))
    assert len(found) == 1, source_file
    return found[0]["format"]


def work_of(store, source_file: str) -> URIRef:
    found = rows(store, """SELECT DISTINCT ?work WHERE {
        ?work eli:is_realized_by/eli:is_embodied_by ?format . ?format vnp:sourceFile ?file }""",
                 file=Literal(source_file))
    assert len(found) == 1, source_file
    return found[0]["work"]


def expected_results(store) -> set[tuple]:
    lai_chau, can_tho = work_of(store, LAI_CHAU), work_of(store, CAN_THO)
    stubs = [row["doc"] for row in rows(store, "SELECT DISTINCT ?doc WHERE { ?doc vnp:status status:reference-stub }")]
    assert stubs, "the seeds cite documents the reference data does not hold; expected at least one stub"
    expected = {
        (lai_chau, shape("IssuedDocumentNumberShape"), SH.OrConstraintComponent, Severity.VIOLATION),
        (lai_chau, shape("IssuedDocumentDateShape"), SH.OrConstraintComponent, Severity.VIOLATION),
        (can_tho, shape("DraftDocumentNumberShape"), SH.OrConstraintComponent, Severity.WARNING),
        (can_tho, shape("DraftDocumentDateShape"), SH.OrConstraintComponent, Severity.WARNING),
        (format_of(store, OCR_COPY), shape("LowQualityText-textQuality"), SH.NotConstraintComponent, Severity.INFO),
    }
    expected |= {(stub, shape("ReferenceStub-status"), SH.NotConstraintComponent, Severity.INFO) for stub in stubs}
    expected |= {(work_of(store, source), shape("InferredPropertyShape"), SH.SPARQLConstraintComponent, Severity.INFO)
                 for source in (HAI_PHONG, LAI_CHAU, CAN_THO)}
    return expected


def header_lines(source_file: str) -> list[str]:
    """The lines above the type line (KẾ HOẠCH): where an issuer block would stand."""
    lines = [line.strip() for line in (SOURCES_DIR / source_file).read_text(encoding="utf-8").splitlines()]
    return lines[: next(index for index, line in enumerate(lines) if line == "KẾ HOẠCH")]


@pytest.mark.parametrize("source_file", [HAI_PHONG, LAI_CHAU, CAN_THO])
def test_seeds_without_an_issuer_block_have_their_issuer_marked_inferred(seed_store, source_file):
    assert not any("ỦY BAN" in line.upper() for line in header_lines(source_file)), "the text names its issuer"
    inferred = rows(seed_store, "SELECT ?property WHERE { ?work vnp:inferredProperty ?property }",
                    work=work_of(seed_store, source_file))
    assert ELI.passed_by in {row["property"] for row in inferred}


@pytest.fixture(scope="module")
def seed_reports(seed_store):
    return {lang: validate_store(seed_store, lang=lang) for lang in ("vi", "en")}


def describe(keys) -> str:
    return "\n".join(sorted(f"{severity.name} {focus} {source.split('#')[-1]}" for focus, source, _, severity in keys))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_seed_report_is_exactly_the_expected_set(seed_store, seed_reports, lang):
    actual = {result.key() for result in seed_reports[lang].results}
    expected = expected_results(seed_store)
    assert actual == expected, (f"\nunexpected:\n{describe(actual - expected)}\nmissing:\n{describe(expected - actual)}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_seed_results_speak_the_chosen_language(seed_reports, lang):
    report = seed_reports[lang]
    text = text_report(report, lang=lang)
    for result in report.results:
        assert result.message(lang) == result.messages[lang]
        assert result.message(lang) in text
    assert ("VI PHẠM" if lang == "vi" else "VIOLATION") in text


def test_seed_results_point_at_their_source_file(seed_store, seed_reports):
    by_focus = {result.focus_node: result for result in seed_reports["en"].results}
    assert by_focus[work_of(seed_store, LAI_CHAU)].location.source_file == LAI_CHAU
    assert by_focus[work_of(seed_store, CAN_THO)].location.source_file == CAN_THO
    assert by_focus[format_of(seed_store, OCR_COPY)].location.source_file == OCR_COPY


def test_every_seed_result_names_a_file_and_header_facts_its_first_line(seed_store, seed_reports):
    """A steward can go from every result to a file; a document's own facts point at its header."""
    results = seed_reports["en"].results
    assert all(result.location.source_file for result in results)
    for source in (LAI_CHAU, CAN_THO):
        headers = [result for result in results if result.focus_node == work_of(seed_store, source)]
        assert headers and all(result.location.line == 1 for result in headers)


def as_compared(report) -> list[tuple]:
    """Everything a reader of the report sees of a result, in the report's order."""
    return [(r.key(), r.value, r.path, r.location, r.messages) for r in report.results]


def test_full_store_report_does_not_depend_on_the_batch_size(seed_store, seed_reports):
    """Validating one graph at a time, each with its context, finds what validating all at once finds.

    The seeds put one node's statements in two graphs (the Hải Phòng expression:
    its ``realizes`` in the plan's graph, its OCR format in the copy's), and the
    only stub's citation in another graph than the stub: the hard cases for batches.
    """
    one_graph_at_a_time = validate_store(seed_store, lang="en", batch_triples=1)
    all_at_once = validate_store(seed_store, lang="en", batch_triples=10**9)
    assert as_compared(one_graph_at_a_time) == as_compared(all_at_once) == as_compared(seed_reports["en"])
    assert len(list(one_graph_at_a_time.graph.objects(None, SH.result))) == len(all_at_once.results)


def test_graphs_are_packed_in_order_and_a_large_one_goes_alone():
    sizes = {URIRef(f"urn:g{k}"): size for k, size in enumerate([5, 4, 30, 2, 9, 1])}
    batches = graph_batches(sizes, 10)
    assert [[str(name)[-1] for name in batch] for batch in batches] == [["0", "1"], ["2"], ["3"], ["4", "5"]]
    assert graph_batches({}, 10) == []


def test_document_page_verdict_is_the_full_store_verdict_on_its_graph(seed_store, seed_reports):
    from vnpolicy.explore.document import validation_status

    for source in (LAI_CHAU, CAN_THO, "001_e28ba1087141c19c.txt"):
        work = work_of(seed_store, source)
        expected = [r.message("en") for r in seed_reports["en"].results if r.location.document == work]
        status = validation_status(seed_store, str(work), lang="en")
        assert status.checked, status.reason
        assert status.conforms == (not expected)
        assert sorted(status.messages) == sorted(expected)


def test_an_entrys_context_holds_its_parents_own_lineage_link(seed_store):
    """The lineage branch of the context starts after the parent: the parent's own link must come too."""
    from rdflib import Graph

    from vnpolicy.namespaces import ELI
    from vnpolicy.validate.context import entry_context

    link = rows(seed_store, "SELECT ?parent ?grandparent WHERE { ?parent eli:ensures_implementation_of ?grandparent }")
    assert link, "the seeds hold a plan implementing a national document"
    parent, grandparent = link[0]["parent"], link[0]["grandparent"]
    entry = Graph()
    entry.add((URIRef("urn:example:new-plan"), ELI.ensures_implementation_of, parent))
    assert (parent, ELI.ensures_implementation_of, grandparent) in entry_context(entry, seed_store, None)
