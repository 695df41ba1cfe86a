"""Published data (issue 15, item 6): dumps without the bundled ontology, readable graph names, a correct DCAT description.

The data dumps leave out the ontology graph (vnpolicy.ttl, the ELI terms, the shapes, the vocabularies),
which is published once as ``dumps/ontology.*``; graphs are named after the document they hold, the
same way in every export and on a server; ``dcterms:modified`` takes the reference data's 2025 dates
into account, read here from graph/reference/ itself.
"""

from __future__ import annotations

import re
from datetime import date

import pyoxigraph as ox
from commandline import run_vnpolicy
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, SKOS, XSD

from vnpolicy.ingest.build import build
from vnpolicy.iris import Minter
from vnpolicy.namespaces import DEFAULT_BASE, ELI, SH, VCARD, VNP
from vnpolicy.publish.description import DescriptionSettings, dataset_iri, ontology_dataset_iri
from vnpolicy.publish.export import FORMATS, export, export_quads, ontology_quads, split_ontology
from vnpolicy.publish.server import source_graphs
from vnpolicy.settings import REFERENCE_DIR
from vnpolicy.store.embedded import EmbeddedStore

PUBLISHER_BASE = "https://data.example.gov.vn/"
ONTOLOGY_GRAPH = DEFAULT_BASE + "graph/ontology"
HAI_PHONG_PLAN = "eli/vn-hai-phong/kh/2021/163-kh-ubnd"
SCHEMA_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.Ontology,
                SH.NodeShape, SH.PropertyShape, SKOS.ConceptScheme}
OWN_NAMESPACES = (str(ELI), str(VNP), "https://w3id.org/vnpolicy/shapes", "https://w3id.org/vnpolicy/vocab/")


def turtle_graph(data: bytes) -> Graph:
    return Graph().parse(data=data, format="turtle")


def nquads(data: bytes) -> list[ox.Quad]:
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def schema_definitions(graph: Graph) -> set[tuple[str, str]]:
    """(term, type) for every term of the ELI, vnp, shapes or vocabulary namespaces defined as a class, property, shape ..."""
    return {(str(term), str(kind)) for term, kind in graph.subject_objects(RDF.type)
            if kind in SCHEMA_TYPES and str(term).startswith(OWN_NAMESPACES)}


# -- the data dump leaves the ontology out -------------------------------------------------------


def test_data_dump_has_no_ontology_or_eli_definitions(seed_store):
    data = turtle_graph(export(seed_store, "turtle"))
    assert not schema_definitions(data)
    assert (ELI.LegalResource, RDF.type, OWL.Class) not in data and (VNP.Plan, RDF.type, OWL.Class) not in data
    assert not list(data.subjects(RDF.type, SKOS.Concept))  # the vocabularies' concepts are published once too
    assert (URIRef(DEFAULT_BASE + HAI_PHONG_PLAN), RDF.type, VNP.Plan) in data  # the data is all there


def test_ontology_dump_has_the_ontology_eli_shapes_and_vocabularies(seed_store):
    ontology = turtle_graph(export(seed_store, "turtle", ontology_only=True))
    defined = schema_definitions(ontology)
    assert (str(ELI.LegalResource), str(OWL.Class)) in defined and (str(VNP.Plan), str(OWL.Class)) in defined
    assert (str(ELI.ensures_implementation_of), str(OWL.ObjectProperty)) in defined  # ELI 1.5 additions
    assert any(kind == str(SH.NodeShape) for _, kind in defined) and any(kind == str(SKOS.ConceptScheme) for _, kind in defined)
    assert not list(ontology.subjects(RDF.type, VNP.Plan)), "no data in the ontology dump"


def test_data_and_ontology_dumps_together_hold_every_triple_and_the_data_is_the_smaller_half(seed_store):
    data = {(q.subject, q.predicate, q.object) for q in nquads(export(seed_store, "nquads", include_description=False))}
    ontology = {(q.subject, q.predicate, q.object) for q in nquads(export(seed_store, "nquads", ontology_only=True))}
    every = {(q.subject, q.predicate, q.object) for q in nquads(seed_store.nquads())}
    assert data | ontology == every
    assert len(ontology) > len(data) * 0.9  # the ontology was about half of every dump before the split
    bundled = {(q.subject, q.predicate, q.object) for q in nquads(export(seed_store, "nquads", include_description=False,
                                                                         include_ontology=True))}
    assert bundled == every


def test_one_export_splits_into_the_data_and_the_ontology_dumps(seed_store):
    every = export_quads(seed_store, PUBLISHER_BASE, include_ontology=True)
    data, ontology = split_ontology(every, PUBLISHER_BASE)
    assert data == export_quads(seed_store, PUBLISHER_BASE)
    assert ontology == ontology_quads(seed_store, PUBLISHER_BASE) and ontology


def test_cli_export_writes_the_data_only(seed_store_path):
    result = run_vnpolicy("export", "--format", "nt", "--no-description", "--store", str(seed_store_path), text=False)
    assert result.returncode == 0, result.stderr
    assert f"<{VNP.Plan}> <{RDF.type}> <{OWL.Class}>".encode() not in result.stdout
    assert f"<{RDF.type}> <{VNP.Plan}>".encode() in result.stdout


# -- readable, stable graph names -------------------------------------------------------------------


def graph_names(data: bytes) -> list[str]:
    return sorted({q.graph_name.value for q in nquads(data)})


def test_graph_names_are_readable_and_stable_across_two_exports(seed_store, tmp_path):
    first = graph_names(export(seed_store, "nquads"))
    again = graph_names(export(seed_store, "nquads"))
    with EmbeddedStore(tmp_path / "store") as rebuilt:  # a second build, in another store: the same names
        build(rebuilt, Minter())
        other_build = graph_names(export(rebuilt, "nquads"))
    assert first == again == other_build
    assert DEFAULT_BASE + "graph/" + HAI_PHONG_PLAN in first
    assert {DEFAULT_BASE + "graph/reference", DEFAULT_BASE + "graph/dataset"} <= set(first)
    assert ONTOLOGY_GRAPH not in first
    hashed = [name for name in first if re.search(r"/graph/\d{3}_[0-9a-f]{16}$", name)]
    assert not hashed, f"graphs named after source files: {hashed}"
    assert all(name.startswith(DEFAULT_BASE + "graph/") for name in first)


def test_a_document_graph_holds_the_document_its_name_says(seed_store):
    quads = nquads(export(seed_store, "nquads", include_description=False))
    in_graph = {q.subject.value for q in quads if q.graph_name.value == DEFAULT_BASE + "graph/" + HAI_PHONG_PLAN}
    assert DEFAULT_BASE + HAI_PHONG_PLAN in in_graph
    copies = {q.graph_name.value for q in quads if q.predicate.value == str(VNP.sourceFile)}
    assert len(copies) == 4  # one graph per source file, each with its own name (the OCR copy's is its format's)


def test_publish_names_graphs_as_the_dumps_do_under_the_publication_base(seed_store):
    published = sorted(str(name) for name, _ in source_graphs(seed_store, base=PUBLISHER_BASE))
    dumped = graph_names(export(seed_store, "nquads", base=PUBLISHER_BASE, include_ontology=True))
    assert published == dumped
    assert PUBLISHER_BASE + "graph/" + HAI_PHONG_PLAN in published
    assert all(name.startswith(PUBLISHER_BASE + "graph/") for name in published)  # the dropping rule covers them all


# -- the DCAT description -------------------------------------------------------------------------


def description(store, **settings) -> Graph:
    return turtle_graph(export(store, "turtle", base=PUBLISHER_BASE, description_only=True,
                               description=DescriptionSettings(**settings)))


def reference_dates() -> dict[str, date]:
    """The newest merger (vnp:TerritorialChange, org:ChangeEvent) date and document date of graph/reference/, read from its files."""
    reference = Graph()
    for path in sorted(REFERENCE_DIR.glob("*.ttl")):
        reference.parse(path)
    mergers = [value.toPython() for event in reference.subjects(RDF.type, VNP.TerritorialChange)
               for value in reference.objects(event, DCTERMS.date)]
    documents = [value.toPython() for value in reference.objects(None, ELI.date_document)]
    return {"merger": max(mergers), "document": max(documents)}


def test_dcat_modified_covers_the_2025_reference_data(seed_store, seed_facts):
    graph = description(seed_store)
    modified = graph.value(dataset_iri(PUBLISHER_BASE), DCTERMS.modified)
    latest = reference_dates()
    assert modified.datatype == XSD.date
    assert latest["merger"].year == 2025
    latest_source = max(date.fromisoformat(fact["date"]) for fact in seed_facts.values() if fact.get("date"))
    assert modified.toPython() == max(latest["merger"], latest["document"], latest_source)
    assert modified.toPython() > latest_source  # the sources alone (2021) would say otherwise
    assert description(seed_store).serialize(format="nt") == graph.serialize(format="nt")  # no clock in it


def test_dcat_dataset_has_what_dcat_3_and_dcat_ap_ask_for(seed_store):
    graph = description(seed_store)
    dataset = dataset_iri(PUBLISHER_BASE)
    for predicate in (DCTERMS.title, DCTERMS.description, DCAT.keyword):
        assert {value.language for value in graph.objects(dataset, predicate)} == {"vi", "en"}, predicate
    for predicate in (DCTERMS.license, DCTERMS.publisher, DCTERMS.language, DCTERMS.spatial, DCAT.theme,
                      DCAT.landingPage, DCTERMS.accrualPeriodicity, DCTERMS.conformsTo, DCTERMS.issued):
        assert graph.value(dataset, predicate) is not None, predicate
    assert (graph.value(dataset, DCTERMS.publisher), RDF.type, FOAF.Agent) in graph
    period = graph.value(dataset, DCTERMS.temporal)
    start, end = graph.value(period, DCAT.startDate).toPython(), graph.value(period, DCAT.endDate).toPython()
    assert start < end == graph.value(dataset, DCTERMS.modified).toPython()


# The EU file-type authority's codes the dumps may carry (its list, checked against the authority table).
EU_FILE_TYPE_CODES = {"RDF_TURTLE", "RDF_N_TRIPLES", "RDF_N_QUADS", "RDF_TRIG", "JSON_LD", "RDF_XML"}


def test_dcat_contact_point_is_a_vcard_reached_by_the_landing_page_or_the_given_address(seed_store):
    dataset = dataset_iri(PUBLISHER_BASE)
    plain = description(seed_store)
    contact = plain.value(dataset, DCAT.contactPoint)
    assert (contact, RDF.type, VCARD.Organization) in plain
    assert {value.language for value in plain.objects(contact, VCARD.fn)} == {"vi", "en"}
    assert plain.value(contact, VCARD.hasURL) == URIRef(PUBLISHER_BASE) and plain.value(contact, VCARD.hasEmail) is None
    given = description(seed_store, contact_email="dulieu@example.gov.vn")
    assert given.value(given.value(dataset, DCAT.contactPoint), VCARD.hasEmail) == URIRef("mailto:dulieu@example.gov.vn")


def test_cli_contact_email_must_be_an_address(seed_store_path):
    bad = run_vnpolicy("describe", "--store", str(seed_store_path), "--contact-email", "not an address")
    assert bad.returncode != 0 and "--contact-email" in bad.stderr and "not an e-mail address" in bad.stderr
    good = run_vnpolicy("describe", "--store", str(seed_store_path), "--contact-email", "dulieu@example.gov.vn")
    assert good.returncode == 0 and "mailto:dulieu@example.gov.vn" in good.stdout


def test_dcat_distributions_and_the_sparql_service(seed_store):
    graph = description(seed_store, sparql_endpoint="https://data.example.gov.vn/query")
    dataset = dataset_iri(PUBLISHER_BASE)
    dumps = [d for d in graph.objects(dataset, DCAT.distribution) if graph.value(d, DCAT.downloadURL) is not None]
    assert len(dumps) == len(FORMATS)
    for distribution in dumps:
        assert str(graph.value(distribution, DCAT.mediaType)).startswith("https://www.iana.org/assignments/media-types/")
        code = str(graph.value(distribution, DCTERMS["format"])).removeprefix(
            "http://publications.europa.eu/resource/authority/file-type/")
        assert code in EU_FILE_TYPE_CODES
        assert graph.value(distribution, DCTERMS.license) is not None
    services = list(graph.subjects(RDF.type, DCAT.DataService))
    assert len(services) == 1
    service = services[0]
    assert graph.value(service, DCAT.endpointURL) == URIRef("https://data.example.gov.vn/query")
    assert (service, DCAT.servesDataset, dataset) in graph
    assert {value.language for value in graph.objects(service, DCTERMS.title)} == {"vi", "en"}


def test_dcat_ontology_is_its_own_dataset_in_the_catalogue(seed_store):
    graph = description(seed_store)
    ontology = ontology_dataset_iri(PUBLISHER_BASE)
    assert (ontology, RDF.type, DCAT.Dataset) in graph
    assert (dataset_iri(PUBLISHER_BASE), DCTERMS.requires, ontology) in graph
    urls = {str(graph.value(d, DCAT.downloadURL)) for d in graph.objects(ontology, DCAT.distribution)}
    assert urls == {f"{PUBLISHER_BASE}dumps/ontology.{fmt.suffix}" for fmt in FORMATS.values()}
    catalogue = next(graph.subjects(RDF.type, DCAT.Catalog))
    assert set(graph.objects(catalogue, DCAT.dataset)) == {dataset_iri(PUBLISHER_BASE), ontology}
    assert graph.value(catalogue, DCAT.service) is not None
    assert not [o for o in graph.objects() if isinstance(o, Literal) and o.datatype == XSD.dateTime]
