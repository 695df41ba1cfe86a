"""Exports for publishers: every format re-read by two toolkits and compared with the store; --base; DCAT/VoID.

A dump holds the data without the ontology graph, with its graphs under their published (readable)
names; tests/test_dumps.py checks what the names and the ontology split are.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable

import pyoxigraph as ox
import pytest
from commandline import run_vnpolicy
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from vnpolicy.namespaces import DEFAULT_BASE, VNP
from vnpolicy.publish import export as export_module
from vnpolicy.publish.description import DescriptionSettings, dataset_iri, entity_counts
from vnpolicy.publish.export import FORMATS, ExportError, export

PUBLISHER_BASE = "https://data.example.gov.vn/"
OXIGRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
                    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}


def rebased(term, old=DEFAULT_BASE, new=PUBLISHER_BASE):
    """The test's own IRI rewriting, independent of vnpolicy.publish.export."""
    if isinstance(term, ox.NamedNode) and term.value.startswith(old):
        return ox.NamedNode(new + term.value[len(old):])
    return term


ONTOLOGY_GRAPH = ox.NamedNode(DEFAULT_BASE + "graph/ontology")


@pytest.fixture(scope="module")
def source_quads(seed_store) -> set[ox.Quad]:
    """The store's data quads as pyoxigraph reads its N-Quads dump (the ontology graph left out),
    each in the graph its dump names it by."""
    names = export_module.published_graph_names(seed_store)
    return {ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(names.get(q.graph_name.value, q.graph_name.value)))
            for q in ox.parse(seed_store.nquads(), format=ox.RdfFormat.N_QUADS) if q.graph_name != ONTOLOGY_GRAPH}


def expected_oxigraph(source_quads, fmt: str, base: str | None) -> set:
    quads = {ox.Quad(*(rebased(t) if base else t for t in (q.subject, q.predicate, q.object, q.graph_name)))
             for q in source_quads}
    if FORMATS[fmt].keeps_graphs:
        return quads
    return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}


def read_with_oxigraph(data: bytes, fmt: str) -> set:
    """Quads for quad formats; triples for triple formats (pyoxigraph gives those as default-graph quads)."""
    quads = list(ox.parse(data, format=OXIGRAPH_FORMATS[fmt]))
    if FORMATS[fmt].keeps_graphs:
        return set(quads)
    assert all(quad.graph_name == ox.DefaultGraph() for quad in quads)
    return {ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads}


def canonical(statements: Iterable) -> Counter:
    """The statements with every blank node replaced by a digest of the tree it roots.

    The data has no blank nodes; the SHACL shapes and OWL axioms of the ontology graph
    do (lists, nested shapes), and those are trees: a blank node is described by what
    hangs below it, so the digests make isomorphic sets compare equal, in linear time.
    """
    statements = [s if isinstance(s, ox.Quad) else ox.Quad(s.subject, s.predicate, s.object) for s in statements]
    below: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in statements:
        if isinstance(quad.subject, ox.BlankNode):
            below[quad.subject.value].append(quad)
    digests: dict[str, str] = {}

    def key(term) -> str:
        if not isinstance(term, ox.BlankNode):
            return str(term)
        if term.value not in digests:
            lines = sorted(f"{quad.predicate} {key(quad.object)}" for quad in below[term.value])
            digests[term.value] = "_:" + hashlib.sha256("\n".join(lines).encode()).hexdigest()
        return digests[term.value]

    return Counter((key(q.subject), str(q.predicate), key(q.object), str(q.graph_name)) for q in statements)


def rdflib_term(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def rdflib_read(data: bytes, fmt: str) -> list[ox.Quad]:
    """What rdflib reads, as pyoxigraph quads (triple formats in the default graph)."""
    dataset = Dataset()
    dataset.parse(data=data, format=RDFLIB_FORMATS[fmt])
    quads = []
    for s_, p_, o_, g_ in dataset.quads((None, None, None, None)):
        in_default = g_ is None or g_ == DATASET_DEFAULT_GRAPH_ID
        graph_name = ox.DefaultGraph() if in_default else ox.NamedNode(str(g_))
        quads.append(ox.Quad(rdflib_term(s_), rdflib_term(p_), rdflib_term(o_), graph_name))
    return quads


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_reads_back_to_the_store_in_pyoxigraph_and_rdflib(seed_store, source_quads, fmt):
    data = export(seed_store, fmt, base=PUBLISHER_BASE, include_description=False)
    read = read_with_oxigraph(data, fmt)
    expected = expected_oxigraph(source_quads, fmt, PUBLISHER_BASE)
    assert len(read) == len(expected) > 1000
    assert canonical(read) == canonical(expected)
    assert canonical(rdflib_read(data, fmt)) == canonical(expected)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_reads_back_unchanged_under_the_default_base(seed_store, source_quads, fmt):
    data = export(seed_store, fmt, include_description=False)
    assert canonical(read_with_oxigraph(data, fmt)) == canonical(expected_oxigraph(source_quads, fmt, None))


def test_only_the_ontology_graph_has_blank_nodes(seed_store):
    quads = read_with_oxigraph(export(seed_store, "nquads", include_ontology=True), "nquads")
    with_blank_nodes = {q.graph_name.value for q in quads
                        if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)}
    assert with_blank_nodes <= {DEFAULT_BASE + "graph/ontology"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_publisher_base_leaves_no_iri_under_the_default_base(seed_store, fmt):
    data = export(seed_store, fmt, base=PUBLISHER_BASE)
    terms = [term for statement in read_with_oxigraph(data, fmt) for term in statement]
    iris = {term.value for term in terms if isinstance(term, ox.NamedNode)}
    assert not [iri for iri in iris if iri.startswith(DEFAULT_BASE)]
    assert DEFAULT_BASE.encode() not in data  # not even in a JSON-LD context or a prefix line
    assert any(iri.startswith(PUBLISHER_BASE + "eli/") for iri in iris)
    assert any(iri.startswith(str(VNP)) for iri in iris), "the ontology namespace must stay as it is"
    ontology = read_with_oxigraph(export(seed_store, fmt, base=PUBLISHER_BASE, ontology_only=True), fmt)
    assert not [t for s in ontology for t in s if isinstance(t, ox.NamedNode) and t.value.startswith(DEFAULT_BASE)]
    if FORMATS[fmt].keeps_graphs:
        graphs = {quad.graph_name.value for quad in read_with_oxigraph(data, fmt)}
        assert graphs and all(graph.startswith(PUBLISHER_BASE + "graph/") for graph in graphs)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_are_reproducible_byte_for_byte(seed_store, fmt):
    assert export(seed_store, fmt) == export(seed_store, fmt)


def test_jsonld_is_compacted_with_the_project_context(seed_store):
    document = json.loads(export(seed_store, "jsonld", include_description=False))
    assert document["@context"]["eli"] == "http://data.europa.eu/eli/ontology#"
    plan = next(node for node in document["@graph"] if node["@id"].endswith("/163-kh-ubnd"))
    assert not any(key.startswith("http") for key in plan), "properties should be compacted"


def test_jsonld_falls_back_to_prefixes_without_the_context_file(seed_store, source_quads, monkeypatch, tmp_path):
    monkeypatch.setattr(export_module, "CONTEXT_FILE", tmp_path / "missing.jsonld")
    data = export(seed_store, "jsonld", include_description=False)
    assert canonical(read_with_oxigraph(data, "jsonld")) == canonical(expected_oxigraph(source_quads, "jsonld", None))


def test_a_bad_base_is_refused(seed_store):
    for base in ("ftp://example.org/", "https://example.org", "https://exa mple.org/", "data.example.gov.vn/"):
        with pytest.raises(ExportError, match="--base"):
            export(seed_store, "nt", base=base)


# -- the dataset description ------------------------------------------------------------


def description_graph(store, **settings) -> Graph:
    graph = Graph()
    graph.parse(data=export(store, "turtle", base=PUBLISHER_BASE, description_only=True,
                            description=DescriptionSettings(**settings)), format="turtle")
    return graph


def test_description_in_dcat_and_void(seed_store):
    graph = description_graph(seed_store)
    dataset = dataset_iri(PUBLISHER_BASE)
    assert (dataset, RDF.type, DCAT.Dataset) in graph and (dataset, RDF.type, VOID.Dataset) in graph
    for predicate in (DCTERMS.title, DCTERMS.description):
        assert {literal.language for literal in graph.objects(dataset, predicate)} == {"vi", "en"}
    assert (dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in graph
    assert graph.value(dataset, DCTERMS.publisher) is not None
    dumped = read_with_oxigraph(export(seed_store, "nt", include_description=False), "nt")
    assert int(graph.value(dataset, VOID.triples)) == len(dumped) < seed_store.triple_count()
    assert URIRef(str(VNP)) in set(graph.objects(dataset, VOID.vocabulary))
    assert graph.value(dataset, VOID.sparqlEndpoint) == URIRef(PUBLISHER_BASE + "sparql")


def test_description_counts_documents_plans_tasks_duties_agencies(seed_store):
    graph = description_graph(seed_store)
    counted = {}
    for partition in graph.objects(dataset_iri(PUBLISHER_BASE), VOID.classPartition):
        counted[graph.value(partition, VOID["class"])] = int(graph.value(partition, VOID.entities))
    counts = entity_counts(seed_store)
    assert len(counted) == 5 and sorted(counted.values()) == sorted(counts.values())
    assert counts["documents"] >= 4 and counts["plans"] >= 1 and counts["tasks"] > 0 and counts["duties"] > 0
    assert counts["agencies"] > 0


def test_description_dates_come_from_the_data_not_the_clock(seed_store, seed_facts):
    graph = description_graph(seed_store)
    dataset = dataset_iri(PUBLISHER_BASE)
    latest_source = max(date.fromisoformat(fact["date"]) for fact in seed_facts.values() if fact.get("date"))
    assert graph.value(dataset, DCTERMS.modified).toPython() >= latest_source  # and the reference data's (test_dumps)
    assert graph.value(dataset, DCTERMS.modified).datatype == XSD.date
    explicit = description_graph(seed_store, issued=date(2024, 1, 2), modified=date(2025, 3, 4))
    assert explicit.value(dataset, DCTERMS.issued).toPython() == date(2024, 1, 2)
    assert explicit.value(dataset, DCTERMS.modified).toPython() == date(2025, 3, 4)


def test_description_distributions_are_dumps_under_the_base(seed_store):
    graph = description_graph(seed_store)
    downloads = {}
    for distribution in graph.objects(dataset_iri(PUBLISHER_BASE), DCAT.distribution):
        assert (distribution, RDF.type, DCAT.Distribution) in graph
        url = graph.value(distribution, DCAT.downloadURL)
        if url is not None:
            downloads[str(graph.value(distribution, DCAT.mediaType))] = str(url)
    assert set(downloads) == {"https://www.iana.org/assignments/media-types/" + f.media_type for f in FORMATS.values()}
    assert all(url.startswith(PUBLISHER_BASE + "dumps/vnpolicy.") for url in downloads.values())
    assert len(set(downloads.values())) == len(FORMATS)


def test_exports_include_the_description_in_its_own_graph(seed_store):
    quads = read_with_oxigraph(export(seed_store, "nquads", base=PUBLISHER_BASE), "nquads")
    described = {q for q in quads if q.graph_name == ox.NamedNode(PUBLISHER_BASE + "graph/dataset")}
    assert ox.NamedNode(str(dataset_iri(PUBLISHER_BASE))) in {q.subject for q in described}
    triples = read_with_oxigraph(export(seed_store, "turtle", base=PUBLISHER_BASE), "turtle")
    assert {ox.Triple(q.subject, q.predicate, q.object) for q in described} <= triples


# -- the command line ---------------------------------------------------------------------


def run_cli(*args: str):
    return run_vnpolicy(*args, text=False)


def test_cli_export_to_a_file_and_describe(seed_store_path, tmp_path):
    output = tmp_path / "data.trig"
    result = run_cli("export", "--format", "trig", "--base", PUBLISHER_BASE, "--output", str(output),
                     "--store", str(seed_store_path))
    assert result.returncode == 0, result.stderr
    assert DEFAULT_BASE.encode() not in output.read_bytes()
    described = run_cli("describe", "--format", "nt", "--base", PUBLISHER_BASE, "--modified", "2025-01-31",
                        "--store", str(seed_store_path))
    assert described.returncode == 0, described.stderr
    assert b'<http://purl.org/dc/terms/modified> "2025-01-31"^^<http://www.w3.org/2001/XMLSchema#date>' in described.stdout
    only = run_cli("export", "--format", "nt", "--description-only", "--base", PUBLISHER_BASE, "--modified", "2025-01-31",
                   "--store", str(seed_store_path))
    assert sorted(only.stdout.splitlines()) == sorted(described.stdout.splitlines())


def test_cli_export_with_a_bad_base_exits_2_with_one_line(seed_store_path):
    result = run_cli("export", "--base", "ftp://example.org/", "--store", str(seed_store_path))
    assert result.returncode == 2
    assert b"--base" in result.stderr and len(result.stderr.strip().splitlines()) == 1
