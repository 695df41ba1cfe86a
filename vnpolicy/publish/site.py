"""A static linked-data site: every document, agency, place, person and vocabulary term
as HTML, Turtle and JSON-LD side by side, for any web server to serve by content negotiation.

Layout (``site --output DIR --base https://data.example.gov.vn/``)::

    DIR/index.html                                   the list of everything
    DIR/eli/vn/qd/2021/169-qd-ttg.html|.ttl|.jsonld  a document, its parts included
    DIR/agency/hai-phong/so-....html|.ttl|.jsonld    an agency
    DIR/dataset.html|.ttl|.jsonld                    the DCAT/VoID description
    DIR/dumps/vnpolicy.ttl|.nt|.nq|.trig|.jsonld|.rdf  the whole dataset
    DIR/vocab/doctype/KH.html|.ttl|.jsonld           a SKOS concept (https://w3id.org/vnpolicy/vocab/...)
    DIR/ontology.html|.ttl|.jsonld                   the ontology (its terms are #fragments of one page)

A data IRI's file path is its path under the base; the project's vocabulary
IRIs (``https://w3id.org/vnpolicy/vocab/...``, ``.../ontology``) keep their path
under ``https://w3id.org/vnpolicy/``, so w3id can redirect both to one host.
``deploy/nginx.conf`` answers a request for an IRI with a 303 to the
representation the Accept header asks for. The parts of a document (tasks,
duties ...) are described in their document's files; the server redirects a
part's IRI to its document.
"""

from __future__ import annotations

import bisect
import html
import posixpath
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, RDFS, SKOS

from vnpolicy.errors import InputError, OutputError
from vnpolicy.namespaces import DEFAULT_BASE, ELI, ONTOLOGY_IRI, PREFIX_IRIS, VNP, VOCAB_BASE, curie
from vnpolicy.publish.description import DescriptionSettings, dataset_iri
from vnpolicy.publish.export import (
    DUMPS,
    FORMATS,
    Rebaser,
    check_base,
    export_quads,
    jsonld_context,
    serialize_quads,
    triples_of,
    write_file,
    write_jsonld,
)

PROJECT_IRI_ROOT = "https://w3id.org/vnpolicy/"  # vocabularies and ontology keep their path under it
KINDS = {  # page kind -> the classes whose instances get a page of that kind
    "documents": [ELI.LegalResource],
    "agencies": [ORG.Organization, VNP.CollectiveAddressee],
    "places": [VNP.Province],
    "people": [FOAF.Person],
}
KIND_TITLES = {"documents": "Văn bản · Documents", "agencies": "Cơ quan · Agencies", "places": "Tỉnh · Places",
               "people": "Người ký · Signers", "vocabulary": "Từ vựng · Vocabulary", "dataset": "Bộ dữ liệu · Dataset"}
LABEL_PREDICATES = [str(p) for p in (SKOS.prefLabel, ELI.title, RDFS.label, FOAF.name, DCTERMS.title, SKOS.altLabel)]
SAFE_SEGMENT_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")


class SiteError(InputError):
    """The store holds an IRI that cannot become a file path of the site.

    A folder or file that cannot be written is an ``OutputError`` instead.
    """


@dataclass
class Resource:
    iri: str
    kind: str
    path: PurePosixPath  # relative to the site root, without extension
    include_parts: bool = True  # its description includes subjects under "{iri}/" or "{iri}#"


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


def label_index(triples: list[ox.Triple]) -> dict[str, str]:
    """The best label of each IRI: Vietnamese first, then any language, by predicate preference."""
    best: dict[str, tuple[int, int, str]] = {}
    ranks = {predicate: rank for rank, predicate in enumerate(LABEL_PREDICATES)}
    for triple in triples:
        rank = ranks.get(triple.predicate.value)
        if rank is None or not isinstance(triple.object, ox.Literal) or not isinstance(triple.subject, ox.NamedNode):
            continue
        candidate = (rank, 0 if triple.object.language == "vi" else 1, triple.object.value)
        current = best.get(triple.subject.value)
        if current is None or candidate < current:
            best[triple.subject.value] = candidate
    return {iri: value for iri, (_, _, value) in best.items()}


# -- HTML -------------------------------------------------------------------------

STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;width:100%}th,td{border-top:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
th{width:14rem;font-weight:normal;color:#555}code{font-size:.85em;word-break:break-all}.lang{color:#888;font-size:.8em}"""


# Every value on a page is HTML-escaped (titles, labels, literals, IRIs); an IRI outside the site becomes a
# link only with one of these schemes, so that no stored IRI can be a script to click (javascript:, data:).
LINKED_SCHEMES = frozenset({"http", "https", "mailto"})


class Linker:
    """Turns IRIs into links: site pages relative to the current page, parts to their page's anchor."""

    def __init__(self, resources: dict[str, Resource], labels: dict[str, str]):
        self.resources, self.labels = resources, labels

    def compact(self, iri: str) -> str:
        return curie(iri) or iri

    def owner(self, iri: str) -> Resource | None:
        """The page that describes ``iri``: its own, or the document it is a part of."""
        candidate = iri
        while candidate:
            resource = self.resources.get(candidate)
            if resource is not None and (candidate == iri or resource.include_parts):
                return resource
            shorter = candidate.rsplit("#", 1)[0] if "#" in candidate else candidate.rsplit("/", 1)[0]
            if shorter == candidate or shorter.endswith(":/") or shorter.endswith(":"):
                return None  # no "/" or "#" left (an IRI such as urn:x or javascript:x): no page of the site
            candidate = shorter
        return None

    def href(self, iri: str, page: Resource) -> str:
        """Where a link to ``iri`` goes from ``page``; empty when it must not be a link (a ``javascript:`` IRI, say)."""
        owner = self.owner(iri)
        if owner is None:
            return iri if urllib.parse.urlsplit(iri).scheme.lower() in LINKED_SCHEMES else ""
        fragment = "" if owner.iri == iri else "#" + anchor(iri, owner)
        if owner.iri == page.iri:
            return fragment or "#"
        start = posixpath.dirname(str(page.path)) or "."
        return urllib.parse.quote(posixpath.relpath(str(owner.path), start)) + fragment

    def term(self, term, page: Resource) -> str:
        if isinstance(term, ox.NamedNode):
            text = self.labels.get(term.value) or self.compact(term.value)
            href = self.href(term.value, page)
            if not href:
                return f"<code>{html.escape(text)}</code>"
            return f'<a href="{html.escape(href)}">{html.escape(text)}</a>'
        if isinstance(term, ox.Literal):
            note = f' <span class="lang">@{term.language}</span>' if term.language else ""
            return html.escape(term.value).replace("\n", "<br>") + note
        return html.escape(str(term))


def anchor(iri: str, owner: Resource) -> str:
    return iri[len(owner.iri):].lstrip("/#")


def render_html(resource: Resource, triples: list[ox.Triple], linker: Linker) -> str:
    title = linker.labels.get(resource.iri) or linker.compact(resource.iri)
    name = resource.path.name
    home = posixpath.relpath("index.html", posixpath.dirname(str(resource.path)) or ".")
    by_subject: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        by_subject.setdefault(triple.subject.value, []).append(triple)
    sections = []
    for subject in sorted(by_subject, key=lambda s: (s != resource.iri, s)):
        rows = "".join(f"<tr><th>{html.escape(linker.compact(t.predicate.value))}</th><td>{linker.term(t.object, resource)}</td></tr>"
                       for t in by_subject[subject])
        heading = "" if subject == resource.iri else (
            f'<h2 id="{html.escape(anchor(subject, resource))}">{html.escape(linker.labels.get(subject) or anchor(subject, resource))}</h2>'
            f"<p><code>{html.escape(subject)}</code></p>")
        sections.append(f"<section>{heading}<table>{rows}</table></section>")
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="alternate" type="text/turtle" href="{html.escape(name)}.ttl">
<link rel="alternate" type="application/ld+json" href="{html.escape(name)}.jsonld">
<style>{STYLE}</style></head><body>
<p><a href="{html.escape(home)}">vnpolicy</a> · {html.escape(KIND_TITLES[resource.kind])}</p>
<h1>{html.escape(title)}</h1>
<p><code>{html.escape(resource.iri)}</code></p>
<p>Định dạng khác · Other formats: <a href="{html.escape(name)}.ttl">Turtle</a> · <a href="{html.escape(name)}.jsonld">JSON-LD</a></p>
{"".join(sections)}
</body></html>
"""


def render_index(resources: list[Resource], linker: Linker) -> str:
    root = Resource(PROJECT_IRI_ROOT, "dataset", PurePosixPath("index"))
    groups = []
    for kind, title in KIND_TITLES.items():
        items = [r for r in resources if r.kind == kind]
        if items:
            links = "".join(f"<li>{linker.term(ox.NamedNode(r.iri), root)}</li>" for r in items)
            groups.append(f"<h2>{html.escape(title)} ({len(items)})</h2><ul>{links}</ul>")
    dumps = " · ".join(f'<a href="dumps/vnpolicy.{d.suffix}">{d.suffix}</a>' for d in DUMPS)
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>vnpolicy</title><style>{STYLE}</style></head><body>
<h1>Đồ thị tri thức văn bản chính sách Việt Nam · Knowledge graph of Vietnamese policy documents</h1>
<p>Tải về · Download: {dumps}</p>
{"".join(groups)}
</body></html>
"""


# -- writing --------------------------------------------------------------------


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents), or raise an ``OutputError`` naming it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the folder: {error.strerror or error}", file=folder) from error


def write_resource(output: Path, resource: Resource, triples: list[ox.Triple], linker: Linker, context: dict) -> None:
    """A resource's three files: Turtle, JSON-LD and HTML, side by side."""
    stem = output / Path(*resource.path.parts)
    prefixes = dict(PREFIX_IRIS)
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    write_file(stem.with_name(stem.name + ".ttl"), turtle, make_folders=True)
    write_file(stem.with_name(stem.name + ".jsonld"), write_jsonld(triples, context), make_folders=True)
    write_file(stem.with_name(stem.name + ".html"), render_html(resource, triples, linker).encode("utf-8"), make_folders=True)


def build_site(store, output: Path, base: str | None = None, store_base: str = DEFAULT_BASE,
               description: DescriptionSettings = DescriptionSettings(), with_dumps: bool = True) -> SiteReport:
    """Write the site for ``store`` into ``output``, with every data IRI under ``base``."""
    base = check_base(base) if base else store_base
    make_folder(output)  # before the work: a folder that cannot be made is reported at once, by its own name
    quads = export_quads(store, base, store_base, include_description=True, description=description)
    triples = triples_of(quads)
    lookup = ox.Store()
    lookup.bulk_extend(quads)
    resources = find_resources(lookup, base)
    index = TripleIndex(triples)
    linker = Linker({r.iri: r for r in resources}, label_index(triples))
    context = jsonld_context(Rebaser(store_base, base))
    report = SiteReport(output=output)
    for resource in resources:
        write_resource(output, resource, index.describe(resource), linker, context)
        report.resources[resource.kind] = report.resources.get(resource.kind, 0) + 1
        report.files += 3
    write_file(output / "index.html", render_index(resources, linker).encode("utf-8"), make_folders=True)
    report.files += 1
    if with_dumps:
        for name, fmt in FORMATS.items():
            write_file(output / "dumps" / f"vnpolicy.{fmt.suffix}", serialize_quads(quads, name, context), make_folders=True)
            report.files += 1
    return report


# -- ontology documentation (make docs) ------------------------------------------------

DOC_SECTIONS = [  # heading, the rdf:type whose instances it lists
    ("Lớp · Classes", "http://www.w3.org/2002/07/owl#Class"),
    ("Thuộc tính quan hệ · Object properties", "http://www.w3.org/2002/07/owl#ObjectProperty"),
    ("Thuộc tính dữ liệu · Datatype properties", "http://www.w3.org/2002/07/owl#DatatypeProperty"),
    ("Thuộc tính chú thích · Annotation properties", "http://www.w3.org/2002/07/owl#AnnotationProperty"),
    ("Bộ khái niệm · Concept schemes", str(SKOS.ConceptScheme)),
    ("Khái niệm · Concepts", str(SKOS.Concept)),
    ("Hình dạng SHACL · SHACL shapes", "http://www.w3.org/ns/shacl#NodeShape"),
]
DOC_DETAILS = [str(p) for p in (RDFS.label, SKOS.prefLabel, SKOS.definition, RDFS.comment, RDFS.subClassOf,
                                RDFS.domain, RDFS.range, SKOS.inScheme, SKOS.broader)]


def try_pylode(source: Path, target: Path) -> str | None:
    """pyLODE's HTML for one ontology file; None with the reason printed when pyLODE cannot do it.

    pyLODE 3.4.1 as published on PyPI fails at import (its version module reads a
    pyproject.toml the wheel does not ship), hence the fallback below.
    """
    try:
        from pylode import OntPub  # optional: the "docs" extra

        OntPub(ontology=str(source)).make_html(destination=target)
        return None
    except Exception as error:  # noqa: BLE001 - any failure of the optional tool means: use the fallback
        return f"{type(error).__name__}: {error}"


def ontology_page(source: Path) -> str:
    """A plain HTML page listing every class, property, concept and shape of one Turtle file."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(source))]
    labels = label_index(triples)
    described: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode):
            described.setdefault(triple.subject.value, []).append(triple)
    linker = Linker({}, labels)
    page = Resource(str(source), "vocabulary", PurePosixPath(source.stem))
    sections = []
    for heading, cls in DOC_SECTIONS:
        members = sorted(s for s, ts in described.items()
                         if any(t.predicate.value == str(RDF.type) and t.object.value == cls for t in ts))
        if not members:
            continue
        entries = []
        for iri in members:
            rows = "".join(f"<tr><th>{html.escape(linker.compact(t.predicate.value))}</th><td>{linker.term(t.object, page)}</td></tr>"
                           for t in described[iri] if t.predicate.value in DOC_DETAILS)
            name = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            entries.append(f'<h3 id="{html.escape(name)}">{html.escape(labels.get(iri, name))}</h3>'
                           f"<p><code>{html.escape(iri)}</code></p><table>{rows}</table>")
        sections.append(f"<h2>{html.escape(heading)} ({len(members)})</h2>{''.join(entries)}")
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(source.name)}</title>'
            f"<style>{STYLE}</style></head><body><h1>{html.escape(source.name)}</h1>{''.join(sections)}</body></html>\n")


def write_ontology_docs(ontology_dir: Path, output: Path) -> list[str]:
    """HTML for every ``ontology/*.ttl``: pyLODE's, or the plain fallback. Returns one line per file."""
    output.mkdir(parents=True, exist_ok=True)
    lines = []
    for source in sorted(ontology_dir.glob("*.ttl")):
        target = output / f"{source.stem}.html"
        failure = try_pylode(source, target)
        if failure is None:
            lines.append(f"{target}: pyLODE")
        else:
            target.write_text(ontology_page(source), encoding="utf-8")
            lines.append(f"{target}: fallback (pyLODE failed: {failure.splitlines()[0][:120]})")
    index = "".join(f'<li><a href="{html.escape(s.stem)}.html">{html.escape(s.name)}</a></li>'
                    for s in sorted(ontology_dir.glob("*.ttl")))
    (output / "index.html").write_text(f'<!doctype html><html><head><meta charset="utf-8"><title>vnpolicy ontology</title>'
                                       f"<style>{STYLE}</style></head><body><h1>vnpolicy</h1><ul>{index}</ul></body></html>\n",
                                       encoding="utf-8")
    return lines


if __name__ == "__main__":  # make docs: python -m vnpolicy.publish.site ONTOLOGY_DIR OUTPUT_DIR
    import sys

    for line in write_ontology_docs(Path(sys.argv[1]), Path(sys.argv[2])):
        print(line)
