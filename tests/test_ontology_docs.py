"""Ontology documentation (issue 15, item 6; ``make docs``): pyLODE pages where it runs, the built-in ones
where it cannot, and every SHACL shape with its rule written out in words, in Vietnamese and English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from vnpolicy.namespaces import SH, VNP, curie
from vnpolicy.publish import ontology_docs
from vnpolicy.publish.ontology_docs import import_pylode, local, write_ontology_docs
from vnpolicy.settings import ONTOLOGY_DIR, SHAPES_FILE


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> tuple[Path, dict]:
    output = tmp_path_factory.mktemp("docs")
    pages = write_ontology_docs(ONTOLOGY_DIR, output)
    return output, {page.file: page for page in pages}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


def plain(fragment: str) -> str:
    """The text of an HTML fragment, tags dropped, entities decoded, spaces collapsed."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", fragment))).strip()


def elements(page: str, tag: str) -> dict[str, str]:
    """The text of every ``<tag id=...>`` of the page, by id."""
    return {match.group(1): plain(match.group(2))
            for match in re.finditer(rf'<{tag} id="([^"]+)">(.*?)</{tag}>', page, re.DOTALL)}


def test_pylode_imports_despite_its_missing_pyproject():
    pylode, reason = import_pylode()
    assert reason is None and pylode is not None and hasattr(pylode, "OntPub")


def test_pylode_pages_where_it_runs(docs):
    output, pages = docs
    assert pages["vnpolicy.html"].tool == "pyLODE OntPub"
    assert pages["eli-1.5-additions.html"].tool == "pyLODE OntPub"
    vocpub = [page for page in pages.values() if page.tool == "pyLODE VocPub"]
    assert len(vocpub) >= 8  # one page per concept scheme of vocabularies.ttl
    ontology = (output / "vnpolicy.html").read_text(encoding="utf-8")
    assert "pyLODE" in ontology and str(VNP.Plan) in ontology and "Kế hoạch" in ontology
    level = (output / "vocabularies-level.html").read_text(encoding="utf-8")
    assert "https://w3id.org/vnpolicy/vocab/level/national" in level
    additions = plain((output / "eli-1.5-additions.html").read_text(encoding="utf-8"))
    assert "ensures implementation of" in additions


def test_every_ontology_file_is_documented_and_listed(docs):
    output, pages = docs
    sources = {path.name for path in ONTOLOGY_DIR.glob("*") if path.suffix in (".ttl", ".nt")}
    assert {page.source for page in pages.values()} == sources
    index = (output / "index.html").read_text(encoding="utf-8")
    for page in pages.values():
        assert (output / page.file).stat().st_size > 1000
        assert f'href="{page.file}"' in index
        assert page.tool != "built-in" or page.note, f"{page.file}: why not pyLODE?"


def test_pages_load_nothing_from_another_host(docs):
    output, _ = docs
    for path in output.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'<(?:script|img|link|iframe)[^>]*(?:src|href)="(?:https?:)?//', text), path.name


def test_every_shape_appears_with_its_rule_in_words(docs, shapes):
    output, pages = docs
    assert pages["shapes.html"].tool == "built-in"
    page = (output / "shapes.html").read_text(encoding="utf-8")
    sections, rows = elements(page, "section"), elements(page, "tr")
    node_shapes = {s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}
    property_shapes = {s for s in shapes.subjects(RDF.type, SH.PropertyShape) if isinstance(s, URIRef)}
    assert len(node_shapes) > 60 and len(property_shapes) > 60
    assert {local(s) for s in node_shapes} <= set(sections)
    assert {local(s) for s in property_shapes} <= set(sections) | set(rows)
    for shape in property_shapes:
        text = rows.get(local(shape)) or sections[local(shape)]
        low, high = shapes.value(shape, SH.minCount), shapes.value(shape, SH.maxCount)
        if low is not None and high is None:
            assert f"at least {low} value" in text and f"ít nhất {low} giá trị" in text, shape
        if high is not None and low is None and int(high) > 0:
            assert f"at most {high} value" in text and f"nhiều nhất {high} giá trị" in text, shape
        if low is not None and low == high:
            assert f"exactly {low} value" in text and f"đúng {low} giá trị" in text, shape
        for pattern in shapes.objects(shape, SH.pattern):
            assert str(pattern) in text, shape
        for datatype in shapes.objects(shape, SH.datatype):
            assert "datatype " + curie(str(datatype)) in text, shape
        for message in shapes.objects(shape, SH.message):
            assert plain(html.escape(str(message))) in text, shape


def test_shape_targets_severities_and_messages_are_shown(docs, shapes):
    output, _ = docs
    page = (output / "shapes.html").read_text(encoding="utf-8")
    sections = elements(page, "section")
    for shape in {s for s in shapes.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}:
        text = sections[local(shape)]
        names = {name.language: str(name) for name in shapes.objects(shape, SH.name)}
        assert names["vi"] in text and names["en"] in text, shape
        for target in shapes.objects(shape, SH.targetClass):
            assert "Applies to every instance of the class" in text and local(target) in text, shape
        level = shapes.value(shape, SH.severity)
        if level is not None:
            assert local(level) in text, shape
        for message in shapes.objects(shape, SH.message):
            assert plain(html.escape(str(message))) in text, shape
    sparql_messages = [m for c in shapes.objects(None, SH.sparql) for m in shapes.objects(c, SH.message)]
    assert len(sparql_messages) >= 30 and all(plain(html.escape(str(m))) in plain(page) for m in sparql_messages)
    assert page.count('<div class="sparql">') == len(set(shapes.objects(None, SH.sparql)))
    for table in re.findall(r"<table>(.*?)</table>", page, re.DOTALL):
        assert "<tbody><tr" in table, "an empty table"


def test_built_in_pages_when_pylode_cannot_run(tmp_path, monkeypatch):
    monkeypatch.setattr(ontology_docs, "run_pylode", lambda *args: "pyLODE is not installed")
    pages = {page.file: page for page in write_ontology_docs(ONTOLOGY_DIR, tmp_path)}
    assert {page.tool for page in pages.values()} == {"built-in"}
    ontology = (tmp_path / "vnpolicy.html").read_text(encoding="utf-8")
    sections = elements(ontology, "section")
    assert "Kế hoạch · Plan" in sections["Plan"] and "Lớp · Classes" in ontology
    defined = Graph().parse(ONTOLOGY_DIR / "vnpolicy.ttl")
    definitions = [str(d) for d in defined.objects(VNP.Plan, None) if isinstance(d, Literal) and d.language == "en"]
    assert any(plain(html.escape(d)) in sections["Plan"] for d in definitions)
    for table in re.findall(r"<table>(.*?)</table>", ontology, re.DOTALL):
        assert "<tr>" in table
    assert "pyLODE is not installed" in (tmp_path / "index.html").read_text(encoding="utf-8")
