"""A static linked-data site: every document, agency, place, person and vocabulary term
as HTML, Turtle and JSON-LD side by side, for any web server to serve by content negotiation.

Layout (``site --output DIR --base https://data.example.gov.vn/``)::

    DIR/index.html                                   the list of everything
    DIR/eli/vn/qd/2021/169-qd-ttg.html|.ttl|.jsonld  a document, its parts included
    DIR/agency/hai-phong/so-....html|.ttl|.jsonld    an agency
    DIR/dataset.html|.ttl|.jsonld                    the DCAT/VoID description
    DIR/dumps/vnpolicy.ttl|.nt|.nq|.trig|.jsonld|.rdf  the whole dataset
    DIR/dumps/ontology.ttl|...                       the ontology, ELI terms, shapes and vocabularies
    DIR/vocab/doctype/KH.html|.ttl|.jsonld           a SKOS concept (https://w3id.org/vnpolicy/vocab/...)
    DIR/ontology.html|.ttl|.jsonld                   the ontology (its terms are #fragments of one page)

A data IRI's file path is its path under the base; the project's vocabulary
IRIs (``https://w3id.org/vnpolicy/vocab/...``, ``.../ontology``) keep their path
under ``https://w3id.org/vnpolicy/``, so w3id can redirect both to one host.
``deploy/nginx.conf`` answers a request for an IRI with a 303 to the
representation the Accept header asks for. The parts of a document (tasks,
duties ...) are described in their document's files; the server redirects a
part's IRI to its document.

The pages (vnpolicy/publish/site_pages.py) link to each other's ``.html`` files, so
the folder works on a plain static host as well as behind nginx;
vnpolicy/publish/site_links.py checks every link of a served site.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pyoxigraph as ox
from rdflib.namespace import FOAF, ORG, OWL, RDF

from vnpolicy.errors import InputError, OutputError
from vnpolicy.namespaces import DEFAULT_BASE, ELI, ONTOLOGY_IRI, PREFIX_IRIS, VNP, VOCAB_BASE
from vnpolicy.publish.description import DUMP_STEM, DescriptionSettings, dataset_iri
from vnpolicy.publish.export import (
    FORMATS,
    Rebaser,
    check_base,
    export_quads,
    jsonld_context,
    ontology_quads,
    serialize_quads,
    sort_key,
    triples_of,
    write_file,
    write_jsonld,
)
from vnpolicy.publish.site_pages import (
    HIDDEN_CLASSES,
    TEXT_PREDICATE,
    Linker,
    Resource,
    TermNames,
    label_index,
    main_classes,
    ontology_triples,
    render_html,
    render_index,
    reverse_links,
)

ONTOLOGY_DUMP_STEM = "ontology"  # dumps/ontology.ttl ...: the bundled ontology graph, published once beside the data
PROJECT_IRI_ROOT = "https://w3id.org/vnpolicy/"  # vocabularies and ontology keep their path under it
KINDS = {  # page kind -> the classes whose instances get a page of that kind
    "documents": [ELI.LegalResource],
    "agencies": [ORG.Organization, ORG.Post, VNP.CollectiveAddressee],  # a Post: the Chair's office, an issuer
    "places": [VNP.Province],
    "people": [FOAF.Person],
}
SAFE_SEGMENT_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")


class SiteError(InputError):
    """The store holds an IRI that cannot become a file path of the site.

    A folder or file that cannot be written is an ``OutputError`` instead.
    """


@dataclass
class SiteReport:
    output: Path
    resources: dict[str, int] = field(default_factory=dict)  # kind -> pages
    files: int = 0


# -- which resources, and where -------------------------------------------------


def relative_path(iri: str, base: str) -> PurePosixPath:
    """The file path (no extension) of ``iri`` in a site whose root is ``base``."""
    for root in (base, PROJECT_IRI_ROOT):
        if iri.startswith(root):
            rest = iri[len(root):]
            break
    else:
        raise SiteError(f"{iri} is under neither {base} nor {PROJECT_IRI_ROOT}")
    segments = rest.split("/")
    for segment in segments:
        # An IRI segment becomes a file name as nginx decodes it: only plain characters, nothing that climbs.
        if segment in ("", ".", "..") or not set(segment) <= SAFE_SEGMENT_CHARS:
            raise SiteError(f"cannot give {iri} a file path: segment {segment!r}")
    return PurePosixPath(*segments)


def instances(store: ox.Store, classes: list) -> set[str]:
    found = set()
    for cls in classes:
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls)), None):
            if isinstance(quad.subject, ox.NamedNode):
                found.add(quad.subject.value)
    return found


def find_resources(store: ox.Store, base: str) -> list[Resource]:
    """Every resource that gets a page, in IRI order within each kind."""
    resources: dict[str, Resource] = {}
    for kind, classes in KINDS.items():
        for iri in sorted(instances(store, classes)):
            if iri.startswith(base) and iri not in resources:
                # Only documents own the IRIs below theirs (their parts).
                resources[iri] = Resource(iri, kind, relative_path(iri, base), include_parts=kind == "documents")
    subjects = {quad.subject.value for quad in store if isinstance(quad.subject, ox.NamedNode)}
    for iri in sorted(s for s in subjects if s.startswith(VOCAB_BASE)):
        resources.setdefault(iri, Resource(iri, "vocabulary", relative_path(iri, base), include_parts=False))
    if ONTOLOGY_IRI in subjects or any(s.startswith(ONTOLOGY_IRI + "#") for s in subjects):
        resources[ONTOLOGY_IRI] = Resource(ONTOLOGY_IRI, "vocabulary", relative_path(ONTOLOGY_IRI, base))
    dataset = str(dataset_iri(base))
    resources[dataset] = Resource(dataset, "dataset", relative_path(dataset, base))
    return list(resources.values())


# -- descriptions ---------------------------------------------------------------


class TripleIndex:
    """All triples sorted by subject, to take a resource's triples and its parts' by a prefix range."""

    def __init__(self, triples: list[ox.Triple]):
        self.triples = sorted(triples, key=lambda t: (t.subject.value if isinstance(t.subject, ox.NamedNode) else "",
                                                     str(t.predicate), str(t.object)))
        self.subjects = [t.subject.value if isinstance(t.subject, ox.NamedNode) else "" for t in self.triples]

    def with_prefix(self, prefix: str) -> list[ox.Triple]:
        start = bisect.bisect_left(self.subjects, prefix)
        end = start
        while end < len(self.subjects) and self.subjects[end].startswith(prefix):
            end += 1
        return self.triples[start:end]

    def describe(self, resource: Resource) -> list[ox.Triple]:
        own = [t for t in self.with_prefix(resource.iri) if t.subject.value == resource.iri]
        if not resource.include_parts:
            return own
        return own + self.with_prefix(resource.iri + "/") + self.with_prefix(resource.iri + "#")


# -- writing --------------------------------------------------------------------


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents), or raise an ``OutputError`` naming it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the folder: {error.strerror or error}", file=folder) from error


def write_resource(output: Path, resource: Resource, triples: list[ox.Triple], linker: Linker, context: dict,
                   incoming: list[tuple[str, ...]] = ()) -> None:
    """A resource's three files: Turtle, JSON-LD and HTML, side by side."""
    stem = output / Path(*resource.path.parts)
    prefixes = dict(PREFIX_IRIS)
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    write_file(stem.with_name(stem.name + ".ttl"), turtle, make_folders=True)
    write_file(stem.with_name(stem.name + ".jsonld"), write_jsonld(triples, context), make_folders=True)
    page = render_html(resource, triples, linker, incoming)
    write_file(stem.with_name(stem.name + ".html"), page.encode("utf-8"), make_folders=True)


def page_linker(triples: list[ox.Triple], resources: list[Resource], base: str, files: frozenset[str]) -> Linker:
    """What the pages need to name things: labels, part texts, classes, the term names of the ontologies."""
    labels = label_index(triples)
    numbers = {t.subject.value: t.object.value for t in triples if t.predicate.value == str(ELI.id_local)}
    for resource in resources:
        if resource.kind == "documents" and resource.iri in numbers:
            # "169/QĐ-TTg · Phê duyệt Chiến lược ...", as the document is cited.
            title = labels.get(resource.iri)
            labels[resource.iri] = f"{numbers[resource.iri]} · {title}" if title else numbers[resource.iri]
    texts: dict[str, str] = {}
    for triple in triples:
        if triple.predicate.value == TEXT_PREDICATE and isinstance(triple.object, ox.Literal):
            if triple.object.language == "vi" or triple.subject.value not in texts:
                texts[triple.subject.value] = triple.object.value
    classes = main_classes(triples)
    hidden = {subject for subject, cls in classes.items() if cls in HIDDEN_CLASSES}
    names = TermNames(list(ontology_triples()) + triples)
    return Linker({r.iri: r for r in resources}, labels, base=base, hidden=hidden, texts=texts, names=names,
                  classes=classes, numbers=numbers, files=files,
                  roles={t.subject.value: t.object.value for t in triples if t.predicate.value == str(VNP.role)})


def aliases(triples: list[ox.Triple], resources: list[Resource]) -> set[str]:
    """Documents that are another listed document under a second IRI (a law cited by name, owl:sameAs
    its numbered IRI): the index lists the one it is the same as."""
    documents = {r.iri for r in resources if r.kind == "documents"}
    return {t.subject.value for t in triples if t.predicate.value == str(OWL.sameAs)
            and t.subject.value in documents and t.object.value in documents and t.object.value != t.subject.value}


def build_site(store, output: Path, base: str | None = None, store_base: str = DEFAULT_BASE,
               description: DescriptionSettings = DescriptionSettings(), with_dumps: bool = True) -> SiteReport:
    """Write the site for ``store`` into ``output``, with every data IRI under ``base``.

    The pages cover the data and the project's ontology and vocabularies (each concept and the
    ontology get a page, so that a value such as "Kế hoạch" links within the site); the dumps hold
    the data only, with the ontology graph written once beside them (``dumps/ontology.*``).
    """
    base = check_base(base) if base else store_base
    make_folder(output)  # before the work: a folder that cannot be made is reported at once, by its own name
    data = export_quads(store, base, store_base, include_description=True, description=description)
    ontology = ontology_quads(store, base, store_base)
    quads = sorted(set(data) | set(ontology), key=sort_key)
    triples = triples_of(quads)
    lookup = ox.Store()
    lookup.bulk_extend(quads)
    resources = find_resources(lookup, base)
    index = TripleIndex(triples)
    dumps = {DUMP_STEM: data, ONTOLOGY_DUMP_STEM: ontology} if with_dumps else {}
    files = frozenset(f"dumps/{stem}.{fmt.suffix}" for stem in dumps for fmt in FORMATS.values())
    linker = page_linker(triples, resources, base, files)
    incoming = reverse_links(triples, linker)
    context = jsonld_context(Rebaser(store_base, base))
    report = SiteReport(output=output)
    for resource in resources:
        write_resource(output, resource, index.describe(resource), linker, context, incoming.get(resource.iri, []))
        report.resources[resource.kind] = report.resources.get(resource.kind, 0) + 1
        report.files += 3
    suffixes = [fmt.suffix for fmt in FORMATS.values()] if with_dumps else []
    page = render_index(resources, linker, suffixes, aliases(triples, resources))
    write_file(output / "index.html", page.encode("utf-8"), make_folders=True)
    report.files += 1
    for stem, stem_quads in dumps.items():
        for name, fmt in FORMATS.items():
            write_file(output / "dumps" / f"{stem}.{fmt.suffix}", serialize_quads(stem_quads, name, context), make_folders=True)
            report.files += 1
    return report


if __name__ == "__main__":  # make docs: python -m vnpolicy.publish.site ONTOLOGY_DIR OUTPUT_DIR (kept for the Makefile)
    import sys

    from vnpolicy.publish.ontology_docs import main

    sys.exit(main(sys.argv[1:]))
