"""Documentation of the ontology files (``make docs``): pyLODE where it runs, the built-in pages where it cannot,
and the SHACL shapes with every rule in words.

What each file gets:

- ``vnpolicy.ttl`` (an ``owl:Ontology``): pyLODE's OntPub page.
- ``eli-1.5-additions.ttl``: the same, from the file plus an in-memory ``owl:Ontology`` header (the file
  declares ELI terms and no ontology of its own, and pyLODE documents only an ontology, a concept scheme
  or a profile: "can't detect a URI for an owl:Ontology").
- ``vocabularies.ttl``: one pyLODE VocPub page per SKOS concept scheme (VocPub documents one scheme; given
  the whole file it runs the nine titles together), and the built-in page of the whole file.
- ``shapes.ttl``: the built-in shapes page: for every shape its target, severity, each property rule in
  words ("ít nhất 1 giá trị" / "at least 1 value", datatype, class, pattern ...) and its messages in
  Vietnamese and English. pyLODE has no SHACL profile: it would show the file's header only.
- ``eli-ontology-v1.2.nt`` (ELI's own ontology): pyLODE 3.4.1 stops on its nested ``owl:unionOf``
  (``TypeError: unhashable type: 'list'`` in ``_setclass_html``), so the built-in page.

pyLODE 3.4.1 from PyPI cannot even be imported: ``pylode/version.py`` reads a ``pyproject.toml`` the wheel
does not ship. Its version is given to it from the installed package's metadata before the import, which
is all that module does. Any file pyLODE still fails on gets the built-in page, and the index says which
tool made each page and why. Nothing on the pages is fetched from another host.

    python -m vnpolicy.publish.ontology_docs ONTOLOGY_DIR OUTPUT_DIR
"""

from __future__ import annotations

import html
import importlib.metadata
import logging
import re
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from vnpolicy.namespaces import ELI, PREFIX_IRIS, SH, curie

SHAPES_NS = "https://w3id.org/vnpolicy/shapes#"
PREFIXES = {**PREFIX_IRIS, "vnpsh": SHAPES_NS, "vocab": "https://w3id.org/vnpolicy/vocab/"}
LANGS = ("vi", "en")
ELI_ADDITIONS_TITLE = {"vi": "Các thuật ngữ ELI 1.5 mà vnpolicy dùng (bổ sung cho ELI 1.2)",
                       "en": "ELI 1.5 terms used by vnpolicy (additions to ELI 1.2)"}

STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #1b1b1b; }
h1, h2, h3 { color: #003a70; } h3 { margin-top: 2rem; border-top: 1px solid #ccd; padding-top: 1rem; }
code { background: #f3f4f7; padding: 0 .2em; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #ccd; padding: .3rem .5rem;
       vertical-align: top; text-align: left; } thead th { background: #eef1f6; }
p[lang="en"], span[lang="en"] { color: #444; } dt { font-weight: bold; margin-top: .4rem; }
.severity-Violation { color: #a30000; font-weight: bold; } .severity-Warning { color: #8a5a00; font-weight: bold; }
.severity-Info { color: #00507a; font-weight: bold; } pre { white-space: pre-wrap; background: #f6f6f6; padding: .5rem; }
nav ul { columns: 2; }
"""


# -- pyLODE ------------------------------------------------------------------------------------------------


def import_pylode() -> tuple[types.ModuleType | None, str | None]:
    """pyLODE, or None and why not.

    pyLODE 3.4.1's ``pylode.version`` opens a ``pyproject.toml`` beside the package, which the wheel does
    not ship: the module is given here, with the version the installed package's metadata records.
    """
    try:
        version = importlib.metadata.version("pylode")
    except importlib.metadata.PackageNotFoundError:
        return None, "pyLODE is not installed (pip install -e '.[docs]')"
    if "pylode.version" not in sys.modules:
        stub = types.ModuleType("pylode.version")
        stub.__version__ = version
        sys.modules["pylode.version"] = stub
    try:
        import pylode
    except Exception as error:  # noqa: BLE001 - any failure of the optional tool means: use the built-in pages
        return None, f"{type(error).__name__}: {error}"
    return pylode, None


def run_pylode(profile: str, source: Graph | Path, target: Path) -> str | None:
    """pyLODE's ``profile`` (OntPub, VocPub) page of ``source`` in ``target``; None, or why it failed."""
    pylode, reason = import_pylode()
    if pylode is None:
        return reason
    try:
        getattr(pylode, profile)(ontology=source if isinstance(source, Graph) else str(source), sort_subjects=True) \
            .make_html(destination=target)
        return None
    except Exception as error:  # noqa: BLE001 - pyLODE raises anything; the built-in page replaces it
        target.unlink(missing_ok=True)
        return f"{type(error).__name__}: {error}"


# -- words for terms ---------------------------------------------------------------------------------------


def texts(graph: Graph, subject, *predicates) -> dict[str, str]:
    """The first literal by language among ``predicates`` of ``subject`` (untagged text counts as English)."""
    found: dict[str, str] = {}
    for predicate in predicates:
        for value in sorted(graph.objects(subject, predicate), key=str):
            if isinstance(value, Literal):
                found.setdefault(value.language or "en", str(value))
    return found


class Terms:
    """Names of IRIs for the pages: ``prefix:local`` and the label in the page's language."""

    def __init__(self, labels: Graph, anchors: dict[str, str]):
        self.labels = labels
        self.anchors = anchors  # IRI -> #id of the page that documents it

    def compact(self, iri) -> str:
        return curie(str(iri), PREFIXES) or str(iri)

    def label(self, iri, lang: str) -> str | None:
        names = texts(self.labels, URIRef(str(iri)), SH.name, SKOS.prefLabel, RDFS.label)
        return names.get(lang) or names.get("en")

    def term(self, node, lang: str) -> str:
        if isinstance(node, Literal):
            return f"<code>{html.escape(node.n3() if node.datatype else repr(str(node)))}</code>"
        if not isinstance(node, URIRef):
            return "<code>[]</code>"
        code = f"<code>{html.escape(self.compact(node))}</code>"
        if str(node) in self.anchors:
            code = f'<a href="#{html.escape(self.anchors[str(node)])}">{code}</a>'
        label = self.label(node, lang)
        return f"{code} ({html.escape(label)})" if label and label != self.compact(node) else code


def local(iri) -> str:
    return re.split(r"[#/]", str(iri).rstrip("/"))[-1]


def both(words: Callable[[str], str], tag: str = "p") -> str:
    """``words`` in each language, side by side, each marked with its language."""
    return "".join(f'<{tag} lang="{lang}">{words(lang)}</{tag}>' for lang in LANGS)


def page(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")


# -- the SHACL shapes in words -----------------------------------------------------------------------------

SEVERITY = {SH.Violation: ("Vi phạm", "Violation"), SH.Warning: ("Cảnh báo", "Warning"), SH.Info: ("Thông tin", "Info")}
NODE_KINDS = {
    SH.IRI: ("một IRI", "an IRI"), SH.Literal: ("một giá trị literal", "a literal"),
    SH.BlankNode: ("một nút trống", "a blank node"), SH.BlankNodeOrIRI: ("một IRI hoặc nút trống", "an IRI or a blank node"),
    SH.BlankNodeOrLiteral: ("một nút trống hoặc literal", "a blank node or a literal"),
    SH.IRIOrLiteral: ("một IRI hoặc literal", "an IRI or a literal"),
}
TARGETS = {  # target predicate -> words before the term
    SH.targetClass: ("mọi thể hiện của lớp", "every instance of the class"),
    SH.targetSubjectsOf: ("mọi chủ thể có thuộc tính", "every subject of the property"),
    SH.targetObjectsOf: ("mọi giá trị của thuộc tính", "every value of the property"),
    SH.targetNode: ("nút", "the node"),
}
COMPARISONS = {
    SH.minInclusive: "≥", SH.maxInclusive: "≤", SH.minExclusive: ">", SH.maxExclusive: "<",
}
PAIRS = {
    SH.lessThan: ("nhỏ hơn giá trị của", "less than the value of"),
    SH.lessThanOrEquals: ("không lớn hơn giá trị của", "less than or equal to the value of"),
    SH.equals: ("bằng các giá trị của", "equal to the values of"),
    SH.disjoint: ("khác mọi giá trị của", "different from every value of"),
}
LOGIC = {
    SH["or"]: ("thỏa ít nhất một trong", "conforms to at least one of", (" hoặc ", " or ")),
    SH["and"]: ("thỏa tất cả", "conforms to all of", (" và ", " and ")),
    SH.xone: ("thỏa đúng một trong", "conforms to exactly one of", (" hoặc ", " or ")),
}
SHAPE_VALUED = (SH.node, SH["not"], SH.qualifiedValueShape, SH.property)


def values(count: int, lang: str) -> str:
    return f"{count} giá trị" if lang == "vi" else f"{count} value{'s' if count != 1 else ''}"


def count_words(low, high, lang: str) -> str | None:
    """minCount/maxCount in words: "at least 1 value", "at most 1 value", "exactly 1 value", "no value"."""
    low = int(low) if low is not None else None
    high = int(high) if high is not None else None
    if high == 0:
        return "không có giá trị nào" if lang == "vi" else "no value"
    if low is not None and low == high:
        return ("đúng " if lang == "vi" else "exactly ") + values(low, lang)
    parts = []
    if low is not None:
        parts.append(("ít nhất " if lang == "vi" else "at least ") + values(low, lang))
    if high is not None:
        parts.append(("nhiều nhất " if lang == "vi" else "at most ") + values(high, lang))
    return (" và " if lang == "vi" else " and ").join(parts) or None


class ShapeWords:
    """Every rule of a SHACL shapes graph, in Vietnamese and English."""

    def __init__(self, shapes: Graph, terms: Terms):
        self.graph = shapes
        self.terms = terms

    def items(self, node) -> list:
        return list(Collection(self.graph, node))

    def path(self, node, lang: str) -> str:
        """A SHACL path as SPARQL property-path text, with labels: ``eli:id_local | owl:sameAs / eli:id_local``."""
        graph = self.graph
        if isinstance(node, URIRef):
            return self.terms.term(node, lang)
        inverse = graph.value(node, SH.inversePath)
        if inverse is not None:
            return "^" + self.path(inverse, lang)
        alternatives = graph.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + " | ".join(self.path(item, lang) for item in self.items(alternatives)) + ")"
        for predicate, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            inner = graph.value(node, predicate)
            if inner is not None:
                return f"({self.path(inner, lang)}){mark}"
        if graph.value(node, RDF.first) is not None:
            return " / ".join(self.path(item, lang) for item in self.items(node))
        return "<code>?</code>"

    def shape(self, node, lang: str) -> str:
        """A shape a rule refers to: a link to a named shape, or an inline description of a blank one."""
        if isinstance(node, URIRef):
            return self.terms.term(node, lang)
        clauses = self.clauses(node, lang)
        path = self.graph.value(node, SH.path)
        inner = ", ".join(clauses) or "…"
        return f"[{self.path(path, lang)}: {inner}]" if path is not None else f"[{inner}]"

    def clauses(self, shape, lang: str) -> list[str]:
        """The constraints of ``shape`` itself (not of its property shapes), each in words."""
        graph, vi = self.graph, lang == "vi"
        term = self.terms.term
        words = []
        counted = count_words(graph.value(shape, SH.minCount), graph.value(shape, SH.maxCount), lang)
        if counted:
            words.append(counted)
        for datatype in graph.objects(shape, SH.datatype):
            words.append(("kiểu dữ liệu " if vi else "datatype ") + term(datatype, lang))
        for cls in graph.objects(shape, SH["class"]):
            words.append(("là một " if vi else "an instance of ") + term(cls, lang))
        for kind in graph.objects(shape, SH.nodeKind):
            words.append(NODE_KINDS.get(kind, (str(kind), str(kind)))[0 if vi else 1])
        for pattern in graph.objects(shape, SH.pattern):
            flags = graph.value(shape, SH.flags)
            shown = f"<code>{html.escape(str(pattern))}</code>" + (f" ({html.escape(str(flags))})" if flags else "")
            words.append(("khớp biểu thức chính quy " if vi else "matches the regular expression ") + shown)
        for predicate, (vi_words, en_words) in ((SH.minLength, ("dài ít nhất", "at least")),
                                                (SH.maxLength, ("dài nhiều nhất", "at most"))):
            for length in graph.objects(shape, predicate):
                words.append(f"{vi_words} {length} ký tự" if vi else f"{en_words} {length} character{'s' if int(length) != 1 else ''} long")
        for predicate, sign in COMPARISONS.items():
            for bound in graph.objects(shape, predicate):
                words.append(f"{'giá trị' if vi else 'value'} {sign} {term(bound, lang)}")
        for listed in graph.objects(shape, SH["in"]):
            words.append(("một trong: " if vi else "one of: ") + ", ".join(term(item, lang) for item in self.items(listed)))
        for value in graph.objects(shape, SH.hasValue):
            words.append(("có giá trị " if vi else "has the value ") + term(value, lang))
        for languages in graph.objects(shape, SH.languageIn):
            words.append(("ngôn ngữ là một trong: " if vi else "language one of: ")
                         + ", ".join(html.escape(str(item)) for item in self.items(languages)))
        if graph.value(shape, SH.uniqueLang) == Literal(True):
            words.append("mỗi ngôn ngữ nhiều nhất một giá trị" if vi else "at most one value per language")
        for predicate, pair in PAIRS.items():
            for other in graph.objects(shape, predicate):
                words.append(f"{pair[0 if vi else 1]} {term(other, lang)}")
        for node in graph.objects(shape, SH.node):
            words.append(("thỏa hình dạng " if vi else "conforms to the shape ") + self.shape(node, lang))
        for node in graph.objects(shape, SH["not"]):
            words.append(("không thỏa " if vi else "does not conform to ") + self.shape(node, lang))
        for predicate, (vi_words, en_words, joins) in LOGIC.items():
            for listed in graph.objects(shape, predicate):
                members = (joins[0] if vi else joins[1]).join(self.shape(item, lang) for item in self.items(listed))
                words.append(f"{vi_words if vi else en_words}: {members}")
        for qualified in graph.objects(shape, SH.qualifiedValueShape):
            counted = count_words(graph.value(shape, SH.qualifiedMinCount), graph.value(shape, SH.qualifiedMaxCount), lang)
            words.append(f"{'trong đó' if vi else 'with'} {counted or ''} "
                         f"{'thỏa' if vi else 'conforming to'} {self.shape(qualified, lang)}")
        if graph.value(shape, SH.closed) == Literal(True):
            words.append("đóng: không có thuộc tính nào khác" if vi else "closed: no other properties")
        if graph.value(shape, SH.deactivated) == Literal(True):
            words.append("đã tắt" if vi else "deactivated")
        return words

    def severity(self, shape) -> str:
        level = self.graph.value(shape, SH.severity)
        vi, en = SEVERITY.get(level, SEVERITY[SH.Violation])
        default = "" if level is not None else ' <span lang="vi">(mặc định)</span> <span lang="en">(default)</span>'
        kind = local(level) if level in SEVERITY else "Violation"
        return f'<span class="severity-{kind}"><span lang="vi">{vi}</span> · <span lang="en">{en}</span></span>{default}'

    def messages(self, shape) -> str:
        found = texts(self.graph, shape, SH.message)
        return "".join(f'<p lang="{lang}">{html.escape(found[lang])}</p>' for lang in LANGS if lang in found)

    def targets(self, shape, referrers: dict[str, list]) -> str:
        graph = self.graph
        found = [(predicate, target) for predicate in TARGETS for target in sorted(graph.objects(shape, predicate), key=str)]
        if found:
            return both(lambda lang: ("Áp dụng cho " if lang == "vi" else "Applies to ") + "; ".join(
                f"{TARGETS[predicate][0 if lang == 'vi' else 1]} {self.terms.term(target, lang)}" for predicate, target in found))
        users = referrers.get(str(shape), [])
        if not users:
            return both(lambda lang: "Không có đích riêng." if lang == "vi" else "No target of its own.")
        return both(lambda lang: ("Không có đích riêng; được dùng trong " if lang == "vi" else "No target of its own; used by ")
                    + ", ".join(self.terms.term(user, lang) for user in users))


def owner(graph: Graph, node):
    """The named shape a blank node (a list cell, a nested shape) belongs to."""
    seen = set()
    while isinstance(node, BNode) and node not in seen:
        seen.add(node)
        parent = next(graph.subjects(None, node), None)
        if parent is None:
            return None
        node = parent
    return node


def referrers(graph: Graph, named: Iterable[URIRef]) -> dict[str, list[URIRef]]:
    """For each named shape, the named shapes whose rules refer to it (sh:node, sh:not, sh:or ... lists)."""
    found: dict[str, set[URIRef]] = {}
    names = set(named)
    for subject, predicate, value in graph:
        if value in names and (predicate in SHAPE_VALUED or predicate == RDF.first):
            user = owner(graph, subject)
            if isinstance(user, URIRef) and user != value and predicate != SH.property:
                found.setdefault(str(value), set()).add(user)
    return {key: sorted(users, key=str) for key, users in found.items()}


def file_order(source_text: str, names: Iterable[URIRef]) -> list[URIRef]:
    """``names`` in the order the Turtle file declares them (its sections group them), unknown ones last."""
    positions = {}
    for name in names:
        match = re.search(rf"^vnpsh:{re.escape(local(name))}\s", source_text, re.MULTILINE)
        positions[name] = match.start() if match else len(source_text)
    return sorted(names, key=lambda name: (positions[name], str(name)))


def property_row(words: ShapeWords, prop) -> str:
    graph = words.graph
    anchor = f' id="{html.escape(local(prop))}"' if isinstance(prop, URIRef) else ""
    path = graph.value(prop, SH.path)
    names = texts(graph, prop, SH.name)
    named = "".join(f'<br><span lang="{lang}">{html.escape(names[lang])}</span>' for lang in LANGS if lang in names)
    rule = both(lambda lang: "; ".join(words.clauses(prop, lang)) or ("(không ràng buộc)" if lang == "vi" else "(no constraint)"))
    return (f"<tr{anchor}><td>{words.path(path, 'en') if path is not None else ''}{named}</td><td>{rule}</td>"
            f"<td>{words.severity(prop)}</td><td>{words.messages(prop)}</td></tr>")


def sparql_rules(words: ShapeWords, shape) -> str:
    """The shape's SHACL-SPARQL constraints: message and query; their results take the shape's severity."""
    out = []
    for constraint in words.graph.objects(shape, SH.sparql):
        select = words.graph.value(constraint, SH.select)
        out.append(f'<div class="sparql"><p><b><span lang="vi">Quy tắc SPARQL</span> · <span lang="en">SPARQL rule</span></b> '
                   f"— {words.severity(shape)}</p>{words.messages(constraint)}"
                   f"<details><summary>SPARQL</summary><pre>{html.escape(str(select or '').strip())}</pre></details></div>")
    return "".join(out)


PROPERTY_HEAD = ("<thead><tr><th>Đường dẫn · Path</th><th>Quy tắc · Rule</th><th>Mức độ · Severity</th>"
                 "<th>Thông báo · Message</th></tr></thead>")


def shape_section(words: ShapeWords, shape: URIRef, users: dict[str, list], source_text: str) -> str:
    graph = words.graph
    names = texts(graph, shape, SH.name)
    descriptions = texts(graph, shape, SH.description)
    title = " · ".join(html.escape(names[lang]) for lang in LANGS if lang in names) or html.escape(local(shape))
    parts = [f'<section id="{html.escape(local(shape))}"><h3>{title}</h3><p><code>{html.escape(words.terms.compact(shape))}</code></p>',
             "".join(f'<p lang="{lang}">{html.escape(descriptions[lang])}</p>' for lang in LANGS if lang in descriptions),
             "<dl><dt>Đích · Target</dt><dd>", words.targets(shape, users), "</dd>"]
    clauses = {lang: words.clauses(shape, lang) for lang in LANGS}
    if graph.value(shape, SH.path) is not None:  # a property shape of its own
        parts.append(f"<dt>Đường dẫn · Path</dt><dd>{words.path(graph.value(shape, SH.path), 'en')}</dd>")
    if clauses["en"]:
        parts += ["<dt>Quy tắc · Rule</dt><dd>", both(lambda lang: "; ".join(clauses[lang])), "</dd>"]
    if clauses["en"] or graph.value(shape, SH.severity) is not None or graph.value(shape, SH.sparql) is not None:
        parts += ["<dt>Mức độ · Severity</dt><dd>", words.severity(shape), "</dd>"]
    if words.messages(shape):
        parts += ["<dt>Thông báo · Message</dt><dd>", words.messages(shape), "</dd>"]
    parts.append("</dl>")
    named = [prop for prop in graph.objects(shape, SH.property) if isinstance(prop, URIRef)]
    properties = file_order(source_text, named) + sorted((p for p in graph.objects(shape, SH.property) if isinstance(p, BNode)),
                                                         key=lambda p: str(graph.value(p, SH.path)))
    if properties:
        rows = "".join(property_row(words, prop) for prop in properties)
        parts.append(f"<table>{PROPERTY_HEAD}<tbody>{rows}</tbody></table>")
    parts.append(sparql_rules(words, shape))
    parts.append("</section>")
    return "".join(parts)


def shapes_page(source: Path, labels: Graph | None = None) -> str:
    """Every shape of a SHACL file and its rules in words, in Vietnamese and English."""
    graph = Graph().parse(source)
    node_shapes = [s for s in set(graph.subjects(RDF.type, SH.NodeShape)) if isinstance(s, URIRef)]
    property_shapes = [s for s in set(graph.subjects(RDF.type, SH.PropertyShape)) if isinstance(s, URIRef)]
    # a property shape no named node shape lists (none, or one inside a shape's sh:or): its own section
    attached = {prop for owner, prop in graph.subject_objects(SH.property) if isinstance(owner, URIRef)}
    loose = [s for s in property_shapes if s not in attached]
    text = source.read_text(encoding="utf-8")
    sections = file_order(text, node_shapes + loose)
    anchors = {str(s): local(s) for s in node_shapes + property_shapes}
    words = ShapeWords(graph, Terms(labels if labels is not None else graph, anchors))
    users = referrers(graph, node_shapes + property_shapes)
    header = texts(graph, next(graph.subjects(RDF.type, OWL.Ontology), None), DCTERMS.title)
    title = " · ".join(header[lang] for lang in LANGS if lang in header) or source.name
    counts = (f'<p lang="vi">{len(node_shapes)} hình dạng nút, {len(property_shapes)} hình dạng thuộc tính có tên, '
              f'{len(list(graph.objects(None, SH.sparql)))} quy tắc SPARQL.</p>'
              f'<p lang="en">{len(node_shapes)} node shapes, {len(property_shapes)} named property shapes, '
              f'{len(list(graph.objects(None, SH.sparql)))} SPARQL rules.</p>')
    toc = "".join(f'<li><a href="#{html.escape(local(s))}">{html.escape(texts(graph, s, SH.name).get("vi", local(s)))}'
                  f' · {html.escape(texts(graph, s, SH.name).get("en", ""))}</a></li>' for s in sections)
    body = (f'<p><a href="index.html">← vnpolicy</a></p><h1>{html.escape(title)}</h1>{counts}'
            f"<nav><h2>Mục lục · Contents</h2><ul>{toc}</ul></nav>"
            + "".join(shape_section(words, shape, users, text) for shape in sections))
    return page(title, body)


# -- the built-in page of an ontology or vocabulary file ----------------------------------------------------

DOC_SECTIONS = [  # heading, the rdf:type whose instances it lists
    ("Lớp · Classes", OWL.Class),
    ("Thuộc tính quan hệ · Object properties", OWL.ObjectProperty),
    ("Thuộc tính dữ liệu · Datatype properties", OWL.DatatypeProperty),
    ("Thuộc tính chú thích · Annotation properties", OWL.AnnotationProperty),
    ("Bộ khái niệm · Concept schemes", SKOS.ConceptScheme),
    ("Khái niệm · Concepts", SKOS.Concept),
]
TEXT_DETAILS = [(SKOS.definition, "Định nghĩa · Definition"), (RDFS.comment, "Ghi chú · Comment"),
                (DCTERMS.description, "Mô tả · Description")]
LINK_DETAILS = [(RDFS.subClassOf, "Lớp cha · Subclass of"), (RDFS.subPropertyOf, "Thuộc tính cha · Subproperty of"),
                (RDFS.domain, "Miền · Domain"), (RDFS.range, "Miền giá trị · Range"), (OWL.inverseOf, "Ngược của · Inverse of"),
                (SKOS.inScheme, "Thuộc bộ · In scheme"), (SKOS.broader, "Rộng hơn · Broader"),
                (RDFS.isDefinedBy, "Định nghĩa bởi · Defined by")]


def term_entry(graph: Graph, terms: Terms, iri: URIRef) -> str:
    labels = texts(graph, iri, SKOS.prefLabel, RDFS.label)
    heading = " · ".join(html.escape(labels[lang]) for lang in LANGS if lang in labels) or html.escape(local(iri))
    rows = []
    for predicate, name in TEXT_DETAILS:
        found = texts(graph, iri, predicate)
        if found:
            rows.append(f"<tr><th>{name}</th><td>" + "".join(f'<p lang="{lang}">{html.escape(found[lang])}</p>'
                                                             for lang in LANGS if lang in found) + "</td></tr>")
    for predicate, name in LINK_DETAILS:
        linked = sorted((value for value in graph.objects(iri, predicate) if isinstance(value, URIRef)), key=str)
        if linked:
            rows.append(f"<tr><th>{name}</th><td>" + ", ".join(terms.term(value, "vi") for value in linked) + "</td></tr>")
    table = f"<table>{''.join(rows)}</table>" if rows else ""
    return (f'<section id="{html.escape(local(iri))}"><h3>{heading}</h3>'
            f"<p><code>{html.escape(str(iri))}</code></p>{table}</section>")


def ontology_page(graph: Graph, title: str) -> str:
    """The built-in page of an ontology or vocabulary graph: every class, property, scheme and concept with its labels
    (vi, en), definitions and links."""
    members = {cls: sorted((s for s in set(graph.subjects(RDF.type, cls)) if isinstance(s, URIRef)), key=str)
               for _, cls in DOC_SECTIONS}
    anchors = {str(iri): local(iri) for found in members.values() for iri in found}
    terms = Terms(graph, anchors)
    sections = []
    for heading, cls in DOC_SECTIONS:
        if members[cls]:
            entries = "".join(term_entry(graph, terms, iri) for iri in members[cls])
            sections.append(f"<h2>{html.escape(heading)} ({len(members[cls])})</h2>{entries}")
    body = f'<p><a href="index.html">← vnpolicy</a></p><h1>{html.escape(title)}</h1>{"".join(sections)}'
    return page(title, body)


def title_of(graph: Graph, fallback: str) -> str:
    ontology = next(graph.subjects(RDF.type, OWL.Ontology), None)
    found = texts(graph, ontology, DCTERMS.title, RDFS.label) if ontology is not None else {}
    return " · ".join(found[lang] for lang in LANGS if lang in found) or fallback


# -- the whole documentation ---------------------------------------------------------------------------------


@dataclass
class DocPage:
    file: str  # under the output folder
    source: str  # the ontology file it documents
    title: str
    tool: str  # "pyLODE OntPub", "pyLODE VocPub", "built-in"
    note: str = ""  # why pyLODE did not make it, when it did not


def with_fallback(pages: list[DocPage], target: Path, source: Path, title: str, profile: str, rdf: Graph | Path,
                  built_in: Callable[[], str]) -> None:
    """pyLODE's page when it runs, else the built-in one; records which."""
    failure = run_pylode(profile, rdf, target)
    if failure is None:
        pages.append(DocPage(target.name, source.name, title, f"pyLODE {profile}"))
        return
    target.write_text(built_in(), encoding="utf-8")
    pages.append(DocPage(target.name, source.name, title, "built-in", f"pyLODE: {failure.splitlines()[0][:160]}"))


def scheme_graph(graph: Graph, scheme: URIRef) -> Graph:
    """One concept scheme and its concepts, with the file's prefixes: what VocPub documents."""
    part = Graph()
    for prefix, namespace in graph.namespaces():
        part.bind(prefix, namespace)
    for subject in [scheme, *graph.subjects(SKOS.inScheme, scheme)]:
        for triple in graph.triples((subject, None, None)):
            part.add(triple)
    return part


def eli_additions(source: Path) -> Graph:
    """The ELI additions with the ontology header pyLODE needs (in memory only; the file stays as ELI terms)."""
    graph = Graph().parse(source)
    header = URIRef(str(ELI))
    graph.add((header, RDF.type, OWL.Ontology))
    for lang, text in ELI_ADDITIONS_TITLE.items():
        graph.add((header, DCTERMS.title, Literal(text, lang=lang)))
    return graph


def all_labels(ontology_dir: Path) -> Graph:
    """Every label of every ontology file: the shapes page names the terms its rules use."""
    labels = Graph()
    for path in sorted(ontology_dir.glob("*")):
        if path.suffix in (".ttl", ".nt"):
            graph = Graph().parse(path)
            for predicate in (RDFS.label, SKOS.prefLabel, SH.name):
                for triple in graph.triples((None, predicate, None)):
                    labels.add(triple)
    return labels


def document_file(source: Path, output: Path, labels: Graph, pages: list[DocPage]) -> None:
    target = output / f"{source.stem}.html"
    if source.name == "shapes.ttl" or (source.suffix == ".ttl" and "sh:NodeShape" in source.read_text(encoding="utf-8")):
        graph = Graph().parse(source)
        target.write_text(shapes_page(source, labels), encoding="utf-8")
        pages.append(DocPage(target.name, source.name, title_of(graph, source.name), "built-in",
                             "pyLODE has no SHACL profile: the rules are written out in words here"))
        return
    graph = Graph().parse(source)
    schemes = sorted(s for s in set(graph.subjects(RDF.type, SKOS.ConceptScheme)) if isinstance(s, URIRef))
    if schemes and next(graph.subjects(RDF.type, OWL.Ontology), None) is None:
        target.write_text(ontology_page(graph, source.name), encoding="utf-8")
        pages.append(DocPage(target.name, source.name, source.name, "built-in", "the whole file; one pyLODE page per scheme below"))
        for scheme in schemes:
            part = scheme_graph(graph, scheme)
            names = texts(graph, scheme, SKOS.prefLabel, DCTERMS.title, RDFS.label)
            title = " · ".join(names[lang] for lang in LANGS if lang in names) or local(scheme)
            if next(graph.subjects(SKOS.inScheme, scheme), None) is None:  # VocPub needs concepts
                scheme_page = output / f"{source.stem}-{local(scheme)}.html"
                scheme_page.write_text(ontology_page(part, title), encoding="utf-8")
                pages.append(DocPage(scheme_page.name, source.name, title, "built-in",
                                     "the scheme only: its concepts are reference data, not in this file"))
                continue
            with_fallback(pages, output / f"{source.stem}-{local(scheme)}.html", source, title, "VocPub", part,
                          lambda part=part, title=title: ontology_page(part, title))
        return
    if next(graph.subjects(RDF.type, OWL.Ontology), None) is None:
        graph = eli_additions(source) if source.name.startswith("eli-") else graph
    title = title_of(graph, source.name)
    with_fallback(pages, target, source, title, "OntPub", graph, lambda: ontology_page(graph, title))


def index_page(pages: list[DocPage]) -> str:
    rows = "".join(f'<tr><td><a href="{html.escape(p.file)}">{html.escape(p.title)}</a></td><td><code>{html.escape(p.source)}'
                   f"</code></td><td>{html.escape(p.tool)}</td><td>{html.escape(p.note)}</td></tr>" for p in pages)
    body = ('<h1>Tài liệu bản thể học vnpolicy · vnpolicy ontology documentation</h1>'
            "<table><thead><tr><th>Trang · Page</th><th>Tệp · File</th><th>Công cụ · Made by</th><th>Ghi chú · Note</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>")
    return page("vnpolicy ontology", body)


def write_ontology_docs(ontology_dir: Path, output: Path) -> list[DocPage]:
    """HTML for every ontology file (``*.ttl``, ``*.nt``) of ``ontology_dir`` in ``output``, and an index."""
    output.mkdir(parents=True, exist_ok=True)
    labels = all_labels(ontology_dir)
    pages: list[DocPage] = []
    for source in sorted(ontology_dir.glob("*")):
        if source.suffix in (".ttl", ".nt"):
            document_file(source, output, labels, pages)
    (output / "index.html").write_text(index_page(pages), encoding="utf-8")
    return pages


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m vnpolicy.publish.ontology_docs ONTOLOGY_DIR OUTPUT_DIR", file=sys.stderr)
        return 2
    import_pylode()
    logging.getLogger().setLevel(logging.WARNING)  # pyLODE sets the root logger to DEBUG when imported: keep make docs quiet
    for doc in write_ontology_docs(Path(argv[0]), Path(argv[1])):
        print(f"{Path(argv[1]) / doc.file}: {doc.tool}" + (f" ({doc.note})" if doc.note else ""))
    return 0


if __name__ == "__main__":  # make docs
    sys.exit(main(sys.argv[1:]))
