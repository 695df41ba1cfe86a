"""RDF files the project reads never make it fetch anything: a remote JSON-LD @context is refused, naming the file.

Before, ``build`` fetched a context named by a file under ``graph/reference/`` (rdflib's JSON-LD parser loads it).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from listener import ConnectionRecorder
from rdflib import Graph, URIRef

from vnpolicy.errors import InputError
from vnpolicy.ingest.build import build, load_rdf_folder
from vnpolicy.iris import Minter
from vnpolicy.rdf.files import RemoteContextError, parse_rdf_file
from vnpolicy.settings import CONTEXT_FILE, REFERENCE_DIR
from vnpolicy.store.embedded import EmbeddedStore

AGENCY = "https://example.org/agency/so-khcn"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture
def recorder():
    with ConnectionRecorder() as server:
        yield server


def jsonld(path: Path, context) -> Path:
    path.write_text(json.dumps({"@context": context, "@id": AGENCY, "label": "Sở Khoa học và Công nghệ"},
                               ensure_ascii=False), encoding="utf-8")
    return path


def label_context() -> dict:
    return {"label": LABEL}


@pytest.mark.parametrize("shape", ["string", "list", "scoped", "import"])
def test_a_remote_context_is_refused_naming_the_file_and_nothing_is_fetched(tmp_path, recorder, shape):
    remote = f"{recorder.base}/context.jsonld"
    context = {
        "string": remote,
        "list": [label_context(), remote],
        "scoped": {**label_context(), "member": {"@id": "http://www.w3.org/ns/org#hasMember", "@context": remote}},
        "import": {"@version": 1.1, "@import": remote, **label_context()},
    }[shape]
    path = jsonld(tmp_path / "agencies.jsonld", context)
    with pytest.raises(RemoteContextError) as caught:
        parse_rdf_file(path, "json-ld")
    assert str(caught.value).startswith(f"{path}: ")
    assert remote in str(caught.value)
    assert recorder.received == []


def test_build_refuses_a_reference_file_naming_a_remote_context(tmp_path, recorder):
    reference = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, reference)
    evil = jsonld(reference / "more-agencies.jsonld", f"{recorder.base}/context.jsonld")
    store = EmbeddedStore()
    with pytest.raises(InputError) as caught:
        build(store, Minter(), reference_dir=reference)
    assert str(caught.value).startswith(f"{evil}: the JSON-LD context ")
    assert "never fetched" in str(caught.value)
    assert recorder.received == []
    assert store.graph_names() == []  # nothing written


def test_an_inline_context_is_read_as_before(tmp_path):
    graph = parse_rdf_file(jsonld(tmp_path / "a.jsonld", label_context()), "json-ld")
    assert str(graph.value(URIRef(AGENCY), URIRef(LABEL))) == "Sở Khoa học và Công nghệ"


def test_a_local_context_file_is_read_from_disk(tmp_path, recorder):
    (tmp_path / "ctx.jsonld").write_text(json.dumps({"@context": label_context()}), encoding="utf-8")
    graph = load_rdf_folder_of(tmp_path, jsonld(tmp_path / "a.jsonld", "ctx.jsonld"))
    assert str(graph.value(URIRef(AGENCY), URIRef(LABEL))) == "Sở Khoa học và Công nghệ"
    assert recorder.received == []


def test_the_projects_own_context_is_loaded_locally(tmp_path, recorder):
    path = tmp_path / "doc.jsonld"
    path.write_text(json.dumps({"@context": CONTEXT_FILE.as_uri(), "@id": AGENCY, "@type": "eli:LegalResource"}),
                    encoding="utf-8")
    graph = parse_rdf_file(path, "json-ld")
    assert (URIRef(AGENCY), None, URIRef("http://data.europa.eu/eli/ontology#LegalResource")) in graph
    assert recorder.received == []


def load_rdf_folder_of(folder: Path, path: Path) -> Graph:
    graph = load_rdf_folder(folder)
    assert len(graph) > 0, path
    return graph


def test_turtle_and_rdf_xml_name_nothing_that_is_fetched(tmp_path, recorder):
    turtle = tmp_path / "a.ttl"
    turtle.write_text(f"@base <{recorder.base}/base/> .\n@prefix x: <{recorder.base}/ns#> .\n"
                      f"<a> x:seeAlso <{recorder.base}/other.ttl> .\n", encoding="utf-8")
    assert len(parse_rdf_file(turtle, "turtle")) == 1
    # An external entity in RDF/XML (a format the project does not read from files): Python's parser leaves it unresolved.
    xml = tmp_path / "a.rdf"
    xml.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM "{recorder.base}/entity">]>\n'
                   '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                   'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">'
                   f'<rdf:Description rdf:about="{AGENCY}"><rdfs:label>&ext;</rdfs:label></rdf:Description></rdf:RDF>',
                   encoding="utf-8")
    try:
        parse_rdf_file(xml, "xml")
    except Exception:  # noqa: BLE001 - refusing the entity is as good as ignoring it; fetching it is not
        pass
    assert recorder.received == []
