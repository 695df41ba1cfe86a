"""A description of the dataset in DCAT and VoID, for catalogues and crawlers.

Everything in it is derived from the data or from explicit settings, never from
the wall clock, so that the same store always yields the same description (and
exports and publications stay reproducible): ``dcterms:modified`` is the date of
the latest source document in the graph unless set, ``dcterms:issued`` is
``modified`` unless set.

The description uses no blank nodes: the dataset, its distributions, the
SPARQL service, the class partitions and the publisher all have IRIs under the
publication base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, RDF, VOID, XSD

from vnpolicy.namespaces import DEFAULT_BASE, ELI, PREFIXES, VNP
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.store.base import Store

CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")
VIETNAMESE = URIRef("http://publications.europa.eu/resource/authority/language/VIE")
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
DUMP_FOLDER = "dumps"
DUMP_STEM = "vnpolicy"
DESCRIPTION_GRAPH = "graph/dataset"

TITLE = {
    "vi": "Đồ thị tri thức văn bản chính sách Việt Nam",
    "en": "Knowledge graph of Vietnamese policy documents",
}
DESCRIPTION = {
    "vi": ("Kế hoạch, chương trình, chiến lược của cơ quan nhà nước Việt Nam và các văn bản cấp trên mà chúng "
           "thực hiện: mục tiêu, nhiệm vụ, phân công cho cơ quan (chủ trì, phối hợp), nguồn kinh phí, chế độ báo cáo; "
           "mỗi nút ghi rõ tệp nguồn và dòng văn bản."),
    "en": ("Plans, programmes and strategies of Vietnamese public bodies and the higher-level documents they "
           "implement: objectives, tasks, duties assigned to agencies (lead or supporting), funding and reporting "
           "duties; every node records the source file and lines it was read from."),
}
PUBLISHER_NAME = {"vi": "Dự án vnpolicy", "en": "The vnpolicy project"}

# What the description counts, with the class whose instances are counted.
ENTITY_CLASSES = {
    "documents": ELI.LegalResource,
    "plans": VNP.Plan,
    "tasks": VNP.Task,
    "duties": VNP.Duty,
    "agencies": ORG.Organization,
}


@dataclass(frozen=True)
class Dump:
    """One downloadable file of the whole dataset."""

    name: str  # the export format name ("turtle")
    suffix: str  # file name extension ("ttl")
    media_type: str  # "text/turtle"


@dataclass(frozen=True)
class DescriptionSettings:
    """What the data cannot tell: explicit dates, the public SPARQL URL, the publisher."""

    issued: date | None = None
    modified: date | None = None
    sparql_endpoint: str | None = None  # default: {base}sparql
    publisher_name: dict[str, str] | None = None  # by language; default: the project


def dataset_iri(base: str) -> URIRef:
    return URIRef(base + "dataset")


def description_graph_iri(base: str) -> URIRef:
    """The named graph that holds the description in quad exports and on a server."""
    return URIRef(base + DESCRIPTION_GRAPH)


def dump_url(base: str, dump: Dump) -> URIRef:
    return URIRef(f"{base}{DUMP_FOLDER}/{DUMP_STEM}.{dump.suffix}")


# -- facts read from the data ---------------------------------------------------


def latest_source_document_date(store: Store) -> date | None:
    """The date of the newest document that has a source text: the data's own "last changed" date."""
    rows = store.select(load_query(__file__, "latest-source-date")).rows
    value = rows[0].get("latest") if rows else None
    return value.toPython() if value is not None and isinstance(value.toPython(), date) else None


def entity_counts(store: Store) -> dict[str, int]:
    """How many documents, plans, tasks, duties and agencies the graph holds."""
    classes = [(URIRef(cls), Literal(name)) for name, cls in ENTITY_CLASSES.items()]
    counts = {name: 0 for name in ENTITY_CLASSES}
    for row in store.select(bind(load_query(__file__, "entity-counts"), {("class", "name"): classes})).rows:
        counts[str(row["name"])] = int(row["count"])
    return counts


def distinct_subjects_under(store: Store, base: str) -> int:
    """The number of resources the dataset mints (subjects under its base)."""
    rows = store.select(bind(load_query(__file__, "subjects-under"), {"base": Literal(base)})).rows
    return int(rows[0]["n"]) if rows else 0


def vocabularies_used(store: Store) -> list[URIRef]:
    """The namespaces (of the project's known prefixes) whose properties or classes the data uses."""
    namespaces = sorted({str(ns) for ns in PREFIXES.values()}, key=len, reverse=True)
    used = set()
    for row in store.select(load_query(__file__, "terms-used")).rows:
        term = str(row["term"])
        match = next((ns for ns in namespaces if term.startswith(ns)), None)
        if match is not None:
            used.add(match)
    return [URIRef(ns) for ns in sorted(used)]


# -- the description ------------------------------------------------------------


def add_texts(graph: Graph, subject: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        graph.add((subject, predicate, Literal(text, lang=lang)))


def add_distributions(graph: Graph, dataset: URIRef, base: str, dumps: Iterable[Dump], sparql: URIRef) -> None:
    for dump in dumps:
        distribution = URIRef(f"{dataset}/distribution/{dump.name}")
        url = dump_url(base, dump)
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((dataset, VOID.dataDump, url))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + dump.media_type)))
        graph.add((distribution, DCTERMS.license, CC_BY_4))
        add_texts(graph, distribution, DCTERMS.title, {"vi": f"Tệp dữ liệu ({dump.suffix})", "en": f"Data dump ({dump.suffix})"})
    service = URIRef(f"{dataset}/service/sparql")
    endpoint_distribution = URIRef(f"{dataset}/distribution/sparql")
    graph.add((dataset, VOID.sparqlEndpoint, sparql))
    graph.add((dataset, DCAT.distribution, endpoint_distribution))
    graph.add((endpoint_distribution, RDF.type, DCAT.Distribution))
    graph.add((endpoint_distribution, DCAT.accessURL, sparql))
    graph.add((endpoint_distribution, DCAT.accessService, service))
    graph.add((endpoint_distribution, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + "application/sparql-results+json")))
    add_texts(graph, endpoint_distribution, DCTERMS.title, {"vi": "Điểm truy vấn SPARQL", "en": "SPARQL endpoint"})
    graph.add((service, RDF.type, DCAT.DataService))
    graph.add((service, DCAT.endpointURL, sparql))
    graph.add((service, DCAT.servesDataset, dataset))
    graph.add((service, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))


def add_counts(graph: Graph, dataset: URIRef, store: Store, store_base: str) -> None:
    graph.add((dataset, VOID.triples, Literal(store.triple_count(), datatype=XSD.integer)))
    graph.add((dataset, VOID.entities, Literal(distinct_subjects_under(store, store_base), datatype=XSD.integer)))
    for name, count in entity_counts(store).items():
        partition = URIRef(f"{dataset}/class/{name}")
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], ENTITY_CLASSES[name]))
        graph.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))


def describe_dataset(store: Store, base: str = DEFAULT_BASE, dumps: Iterable[Dump] = (),
                     settings: DescriptionSettings = DescriptionSettings(), store_base: str | None = None) -> Graph:
    """The DCAT/VoID description of the data in ``store``, published under ``base``.

    ``store_base`` is the base the store's IRIs were minted under (default: ``base``);
    it differs when an export rewrites the IRIs to a publisher's domain.
    """
    store_base = store_base or base
    dataset = dataset_iri(base)
    sparql = URIRef(settings.sparql_endpoint or base + "sparql")
    publisher = URIRef(base + "publisher")
    graph = Graph()
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    add_texts(graph, dataset, DCTERMS.title, TITLE)
    add_texts(graph, dataset, DCTERMS.description, DESCRIPTION)
    graph.add((dataset, DCTERMS.license, CC_BY_4))
    graph.add((dataset, DCTERMS.language, VIETNAMESE))
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((publisher, RDF.type, FOAF.Organization))
    add_texts(graph, publisher, FOAF.name, settings.publisher_name or PUBLISHER_NAME)
    modified = settings.modified or latest_source_document_date(store)
    issued = settings.issued or modified
    if modified is not None:
        graph.add((dataset, DCTERMS.modified, Literal(modified, datatype=XSD.date)))
    if issued is not None:
        graph.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    graph.add((dataset, VOID.uriSpace, Literal(base)))
    for vocabulary in vocabularies_used(store):
        graph.add((dataset, VOID.vocabulary, vocabulary))
    add_counts(graph, dataset, store, store_base)
    add_distributions(graph, dataset, base, dumps, sparql)
    return graph
