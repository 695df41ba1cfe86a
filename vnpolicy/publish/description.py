"""A description of the dataset in DCAT and VoID, for catalogues and crawlers.

Everything in it is derived from the data or from explicit settings, never from
the wall clock, so that the same store always yields the same description (and
exports and publications stay reproducible): ``dcterms:modified`` is, unless set,
the latest of the dates the data records as having happened: the source
documents' dates, the reference data's own dates (its documents, the 2025
reorganisation and province mergers) and when a steward accepted a version;
``dcterms:issued`` is ``modified`` unless set. The temporal coverage runs from
the earliest to the latest document date.

It follows DCAT 3 (with DCAT-AP's recommended properties) and VoID: a catalogue
that lists the dataset, the ontology published beside it and the SPARQL
service; the dataset with titles, descriptions and keywords in Vietnamese and
English, licence, publisher, language, theme, spatial and temporal coverage;
one distribution per dump format (download URL, IANA media type, EU file type)
and the SPARQL endpoint as a ``dcat:DataService``. The counts describe the data
dumps, which leave out the ontology graph (published once, as its own dataset).

The description uses no blank nodes: every resource in it has an IRI under the
publication base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, RDF, VOID, XSD

from vnpolicy.namespaces import DEFAULT_BASE, ELI, GRAPH_ONTOLOGY, GRAPH_REFERENCE, ONTOLOGY_IRI, PREFIXES, VCARD, VNP
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.store.base import Store

CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")
EU_AUTHORITY = "http://publications.europa.eu/resource/authority/"
VIETNAMESE = URIRef(EU_AUTHORITY + "language/VIE")
VIET_NAM = URIRef(EU_AUTHORITY + "country/VNM")
GOVERNMENT_THEME = URIRef(EU_AUTHORITY + "data-theme/GOVE")
IRREGULAR = URIRef(EU_AUTHORITY + "frequency/IRREG")
IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")
# The EU file-type authority's name of each dump's media type (DCAT-AP's dcterms:format).
EU_FILE_TYPES = {
    "text/turtle": "RDF_TURTLE", "application/n-triples": "RDF_N_TRIPLES", "application/n-quads": "RDF_N_QUADS",
    "application/trig": "RDF_TRIG", "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML",
}
DUMP_FOLDER = "dumps"
DUMP_STEM = "vnpolicy"
ONTOLOGY_DUMP_STEM = "ontology"
GRAPH_FOLDER = "graph/"
DESCRIPTION_GRAPH = GRAPH_FOLDER + "dataset"

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
KEYWORDS = {
    "vi": ["văn bản chính sách", "kế hoạch", "nhiệm vụ", "cơ quan nhà nước", "phân công", "dữ liệu liên kết"],
    "en": ["policy documents", "plans", "tasks", "public bodies", "duty assignment", "linked data"],
}
ONTOLOGY_TITLE = {
    "vi": "Bản thể học, ràng buộc SHACL và bộ từ vựng của vnpolicy",
    "en": "The vnpolicy ontology, SHACL shapes and vocabularies",
}
ONTOLOGY_DESCRIPTION = {
    "vi": ("Các lớp và thuộc tính của vnpolicy, các thuật ngữ ELI mà dữ liệu dùng, các ràng buộc SHACL và các bộ "
           "từ vựng SKOS (loại văn bản, cấp, vai trò ...): công bố một lần, riêng với các tệp dữ liệu."),
    "en": ("The vnpolicy classes and properties, the ELI terms the data uses, the SHACL shapes and the SKOS "
           "vocabularies (document types, levels, roles ...): published once, apart from the data dumps."),
}
CATALOGUE_TITLE = {"vi": "Danh mục dữ liệu vnpolicy", "en": "The vnpolicy data catalogue"}
SERVICE_TITLE = {"vi": "Điểm truy vấn SPARQL", "en": "SPARQL endpoint"}

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
    contact_email: str | None = None  # the contact point's address; default: the landing page as its URL


def dataset_iri(base: str) -> URIRef:
    return URIRef(base + "dataset")


def description_graph_iri(base: str) -> URIRef:
    """The named graph that holds the description in quad exports and on a server."""
    return URIRef(base + DESCRIPTION_GRAPH)


def ontology_dataset_iri(base: str) -> URIRef:
    return URIRef(base + "dataset/ontology")


def dump_url(base: str, dump: Dump, stem: str = DUMP_STEM) -> URIRef:
    return URIRef(f"{base}{DUMP_FOLDER}/{stem}.{dump.suffix}")


def ontology_graph_name(store_base: str = DEFAULT_BASE) -> str:
    """The store's graph of the bundled ontology, shapes and vocabularies (``ontology/``)."""
    return store_base + GRAPH_FOLDER + GRAPH_ONTOLOGY


def reference_graph_name(store_base: str = DEFAULT_BASE) -> str:
    """The store's graph of the reference data (``graph/reference/``)."""
    return store_base + GRAPH_FOLDER + GRAPH_REFERENCE


# -- facts read from the data ---------------------------------------------------


def as_day(value) -> date | None:
    """The calendar day of a date or date-time literal (a date-time's own day, in its own offset), else None."""
    value = value.toPython() if value is not None else None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def latest_dates(store: Store, store_base: str = DEFAULT_BASE) -> dict[str, date]:
    """The newest date of each kind the data records: ``source`` (the source documents), each date property
    of the reference graph (its documents, the 2025 reorganisation's events), ``accepted`` (a steward's versions)."""
    query = bind(load_query(__file__, "latest-dates"), {"reference": URIRef(reference_graph_name(store_base))})
    latest = {str(row["kind"]): as_day(row.get("latest")) for row in store.select(query).rows}
    return {kind: day for kind, day in latest.items() if day is not None}


def latest_data_date(store: Store, store_base: str = DEFAULT_BASE) -> date | None:
    """The data's own "last changed" date: the newest of ``latest_dates``."""
    return max(latest_dates(store, store_base).values(), default=None)


def document_date_range(store: Store) -> tuple[date, date] | None:
    """The earliest and the latest document date: the data's temporal coverage."""
    rows = store.select(load_query(__file__, "date-range")).rows
    earliest, latest = (as_day(rows[0].get(name)) for name in ("earliest", "latest")) if rows else (None, None)
    return (earliest, latest) if earliest and latest else None


def data_triple_count(store: Store, store_base: str = DEFAULT_BASE) -> int:
    """The number of distinct triples in the data dumps (the ontology graph left out)."""
    query = bind(load_query(__file__, "data-triples"), {"ontology": URIRef(ontology_graph_name(store_base))})
    rows = store.select(query).rows
    return int(rows[0]["n"]) if rows else 0


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


def vocabularies_used(store: Store, store_base: str = DEFAULT_BASE) -> list[URIRef]:
    """The namespaces (of the project's known prefixes) whose properties or classes the data uses."""
    namespaces = sorted({str(ns) for ns in PREFIXES.values()}, key=len, reverse=True)
    used = set()
    query = bind(load_query(__file__, "terms-used"), {"ontology": URIRef(ontology_graph_name(store_base))})
    for row in store.select(query).rows:
        term = str(row["term"])
        match = next((ns for ns in namespaces if term.startswith(ns)), None)
        if match is not None:
            used.add(match)
    return [URIRef(ns) for ns in sorted(used)]


# -- the description ------------------------------------------------------------


def add_texts(graph: Graph, subject: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        graph.add((subject, predicate, Literal(text, lang=lang)))


def add_dumps(graph: Graph, dataset: URIRef, base: str, dumps: Iterable[Dump], stem: str, titles: dict[str, str]) -> None:
    """One distribution of ``dataset`` per dump format, ``{base}dumps/{stem}.{suffix}``."""
    for dump in dumps:
        distribution = URIRef(f"{dataset}/distribution/{dump.name}")
        url = dump_url(base, dump, stem)
        graph.add((dataset, DCAT.distribution, distribution))
        graph.add((dataset, VOID.dataDump, url))
        graph.add((distribution, RDF.type, DCAT.Distribution))
        graph.add((distribution, DCAT.downloadURL, url))
        graph.add((distribution, DCAT.accessURL, url))
        graph.add((distribution, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + dump.media_type)))
        if dump.media_type in EU_FILE_TYPES:
            graph.add((distribution, DCTERMS["format"], URIRef(EU_AUTHORITY + "file-type/" + EU_FILE_TYPES[dump.media_type])))
        graph.add((distribution, DCTERMS.license, CC_BY_4))
        add_texts(graph, distribution, DCTERMS.title, {lang: f"{text} ({dump.suffix})" for lang, text in titles.items()})


def add_service(graph: Graph, dataset: URIRef, sparql: URIRef) -> URIRef:
    """The SPARQL endpoint: a ``dcat:DataService`` serving the dataset, and the distribution that reaches it."""
    service = URIRef(f"{dataset}/service/sparql")
    endpoint_distribution = URIRef(f"{dataset}/distribution/sparql")
    graph.add((dataset, VOID.sparqlEndpoint, sparql))
    graph.add((dataset, DCAT.distribution, endpoint_distribution))
    graph.add((endpoint_distribution, RDF.type, DCAT.Distribution))
    graph.add((endpoint_distribution, DCAT.accessURL, sparql))
    graph.add((endpoint_distribution, DCAT.accessService, service))
    graph.add((endpoint_distribution, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + "application/sparql-results+json")))
    graph.add((endpoint_distribution, DCTERMS.license, CC_BY_4))
    add_texts(graph, endpoint_distribution, DCTERMS.title, SERVICE_TITLE)
    graph.add((service, RDF.type, DCAT.DataService))
    add_texts(graph, service, DCTERMS.title, SERVICE_TITLE)
    graph.add((service, DCAT.endpointURL, sparql))
    graph.add((service, DCAT.servesDataset, dataset))
    graph.add((service, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    graph.add((service, DCTERMS.license, CC_BY_4))
    return service


def add_distributions(graph: Graph, dataset: URIRef, base: str, dumps: Iterable[Dump], sparql: URIRef) -> URIRef:
    """The data dumps and the SPARQL service; returns the service."""
    add_dumps(graph, dataset, base, dumps, DUMP_STEM, {"vi": "Tệp dữ liệu", "en": "Data dump"})
    return add_service(graph, dataset, sparql)


def add_ontology_dataset(graph: Graph, base: str, dumps: Iterable[Dump], publisher: URIRef) -> URIRef:
    """The ontology graph as its own dataset: published once, in ``dumps/ontology.*``."""
    ontology = ontology_dataset_iri(base)
    graph.add((ontology, RDF.type, DCAT.Dataset))
    add_texts(graph, ontology, DCTERMS.title, ONTOLOGY_TITLE)
    add_texts(graph, ontology, DCTERMS.description, ONTOLOGY_DESCRIPTION)
    graph.add((ontology, DCTERMS.license, CC_BY_4))
    graph.add((ontology, DCTERMS.publisher, publisher))
    graph.add((ontology, FOAF.primaryTopic, URIRef(ONTOLOGY_IRI)))
    add_dumps(graph, ontology, base, dumps, ONTOLOGY_DUMP_STEM, {"vi": "Tệp bản thể học", "en": "Ontology file"})
    return ontology


def add_counts(graph: Graph, dataset: URIRef, store: Store, store_base: str) -> None:
    graph.add((dataset, VOID.triples, Literal(data_triple_count(store, store_base), datatype=XSD.integer)))
    graph.add((dataset, VOID.entities, Literal(distinct_subjects_under(store, store_base), datatype=XSD.integer)))
    for name, count in entity_counts(store).items():
        partition = URIRef(f"{dataset}/class/{name}")
        graph.add((dataset, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], ENTITY_CLASSES[name]))
        graph.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))


def add_contact_point(graph: Graph, dataset: URIRef, base: str, settings: DescriptionSettings) -> None:
    """DCAT-AP's recommended contact point: a vCard of the publisher, reached by e-mail when one is given."""
    contact = URIRef(base + "publisher#contact")
    graph.add((dataset, DCAT.contactPoint, contact))
    graph.add((contact, RDF.type, VCARD.Organization))
    add_texts(graph, contact, VCARD.fn, settings.publisher_name or PUBLISHER_NAME)
    if settings.contact_email:
        graph.add((contact, VCARD.hasEmail, URIRef("mailto:" + settings.contact_email)))
    else:
        graph.add((contact, VCARD.hasURL, URIRef(base)))


def add_dates(graph: Graph, dataset: URIRef, store: Store, store_base: str, settings: DescriptionSettings) -> None:
    """Issued, modified and the temporal coverage: from the settings or the data, never from the clock."""
    modified = settings.modified or latest_data_date(store, store_base)
    issued = settings.issued or modified
    if modified is not None:
        graph.add((dataset, DCTERMS.modified, Literal(modified, datatype=XSD.date)))
    if issued is not None:
        graph.add((dataset, DCTERMS.issued, Literal(issued, datatype=XSD.date)))
    covered = document_date_range(store)
    if covered is not None:
        period = URIRef(f"{dataset}/temporal")
        graph.add((dataset, DCTERMS.temporal, period))
        graph.add((period, RDF.type, DCTERMS.PeriodOfTime))
        graph.add((period, DCAT.startDate, Literal(covered[0], datatype=XSD.date)))
        graph.add((period, DCAT.endDate, Literal(covered[1], datatype=XSD.date)))


def add_catalogue(graph: Graph, base: str, datasets: Iterable[URIRef], service: URIRef, publisher: URIRef) -> None:
    catalogue = URIRef(base + "catalog")
    graph.add((catalogue, RDF.type, DCAT.Catalog))
    add_texts(graph, catalogue, DCTERMS.title, CATALOGUE_TITLE)
    add_texts(graph, catalogue, DCTERMS.description, DESCRIPTION)
    graph.add((catalogue, DCTERMS.publisher, publisher))
    graph.add((catalogue, DCTERMS.license, CC_BY_4))
    graph.add((catalogue, DCTERMS.language, VIETNAMESE))
    graph.add((catalogue, FOAF.homepage, URIRef(base)))
    for dataset in datasets:
        graph.add((catalogue, DCAT.dataset, dataset))
    graph.add((catalogue, DCAT.service, service))


def describe_dataset(store: Store, base: str = DEFAULT_BASE, dumps: Iterable[Dump] = (),
                     settings: DescriptionSettings = DescriptionSettings(), store_base: str | None = None) -> Graph:
    """The DCAT/VoID description of the data in ``store``, published under ``base``.

    ``store_base`` is the base the store's IRIs were minted under (default: ``base``);
    it differs when an export rewrites the IRIs to a publisher's domain.
    """
    store_base = store_base or base
    dumps = list(dumps)
    dataset = dataset_iri(base)
    sparql = URIRef(settings.sparql_endpoint or base + "sparql")
    publisher = URIRef(base + "publisher")
    graph = Graph()
    graph.add((dataset, RDF.type, DCAT.Dataset))
    graph.add((dataset, RDF.type, VOID.Dataset))
    add_texts(graph, dataset, DCTERMS.title, TITLE)
    add_texts(graph, dataset, DCTERMS.description, DESCRIPTION)
    for lang, words in KEYWORDS.items():
        for word in words:
            graph.add((dataset, DCAT.keyword, Literal(word, lang=lang)))
    graph.add((dataset, DCTERMS.identifier, Literal(str(dataset))))
    graph.add((dataset, DCTERMS.license, CC_BY_4))
    graph.add((dataset, DCTERMS.language, VIETNAMESE))
    graph.add((dataset, DCTERMS.spatial, VIET_NAM))
    graph.add((dataset, DCAT.theme, GOVERNMENT_THEME))
    graph.add((dataset, DCTERMS.accrualPeriodicity, IRREGULAR))
    graph.add((dataset, DCAT.landingPage, URIRef(base)))
    graph.add((dataset, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)))
    graph.add((dataset, DCTERMS.publisher, publisher))
    graph.add((publisher, RDF.type, FOAF.Agent))
    graph.add((publisher, RDF.type, FOAF.Organization))
    add_texts(graph, publisher, FOAF.name, settings.publisher_name or PUBLISHER_NAME)
    add_contact_point(graph, dataset, base, settings)
    add_dates(graph, dataset, store, store_base, settings)
    graph.add((dataset, VOID.uriSpace, Literal(base)))
    for vocabulary in vocabularies_used(store, store_base):
        graph.add((dataset, VOID.vocabulary, vocabulary))
    add_counts(graph, dataset, store, store_base)
    service = add_distributions(graph, dataset, base, dumps, sparql)
    ontology = add_ontology_dataset(graph, base, dumps, publisher)
    graph.add((dataset, DCTERMS.requires, ontology))
    add_catalogue(graph, base, (dataset, ontology), service, publisher)
    return graph
