"""Golden results of every SPARQL file of the project on the seed graph (the Oxigraph test-suite habit).

Each family keeps a manifest, ``tests/golden/<family>.toml``, listing its ``.rq``
files: a ``[[query]]`` names the file, its golden result under ``tests/golden/``
and what to run it with; an ``[[excluded]]`` names a file that cannot have one,
and why. Canned queries (``queries/*.rq``) run through ``run_canned`` with
``[query.params]``; a package's query gets the project's prefixes, as
``load_query`` gives them, and ``[query.bindings]`` (terms in N-Triples syntax)
through the binder.

A result is compared as text: SELECT and ASK as JSON (``variables`` and
``rows`` of N-Triples terms, null for unbound; rows sorted unless the query
orders them), CONSTRUCT as sorted N-Triples lines. Blank nodes get labels from
their place in the result, so two runs compare equal. An empty result fails
unless the entry says why it is right (``empty_ok = "reason"``).

``VNPOLICY_UPDATE_GOLDEN=1 pytest tests/test_query_goldens.py`` (re)writes the
golden files instead of comparing; read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph
from rdflib.compare import to_canonical_graph
from rdflib.term import Identifier

from vnpolicy.settings import QUERY_DIR
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.canned import run_canned
from vnpolicy.sparql.guard import QUERY_FORMS, keywords
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.results import ResultTable
from vnpolicy.sparql.terms import from_oxigraph, to_oxigraph

PROJECT_DIR = Path(__file__).resolve().parent.parent
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
FAMILIES = ("canned", "explore", "validate", "store", "publish", "sparql")
UPDATING = os.environ.get("VNPOLICY_UPDATE_GOLDEN") == "1"

# How many [[query]] entries the manifests hold: a suite that shrinks by accident is noticed here.
EXPECTED_GOLDEN_QUERIES = 81

QUERY_KEYS = {"file", "golden", "bindings", "params", "empty_ok"}
EXCLUDED_KEYS = {"file", "reason"}


@dataclass(frozen=True)
class GoldenQuery:
    family: str
    file: str  # from the project root
    golden: str  # under tests/golden/
    bindings: dict = field(default_factory=dict, hash=False)
    params: dict = field(default_factory=dict, hash=False)
    empty_ok: str | None = None

    @property
    def path(self) -> Path:
        return PROJECT_DIR / self.file

    @property
    def golden_path(self) -> Path:
        return GOLDEN_DIR / self.golden

    @property
    def is_canned(self) -> bool:
        return self.path.parent == QUERY_DIR

    def __str__(self) -> str:
        return f"{self.family}:{self.golden}"


def manifests() -> dict[str, dict]:
    return {path.stem: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(GOLDEN_DIR.glob("*.toml"))}


def golden_queries() -> list[GoldenQuery]:
    return [GoldenQuery(family, entry["file"], entry["golden"], entry.get("bindings", {}), entry.get("params", {}),
                        entry.get("empty_ok"))
            for family, manifest in manifests().items() for entry in manifest.get("query", [])]


def project_query_files() -> list[str]:
    """Every .rq file of the project, from its root: the canned queries and each package's queries/."""
    paths = list(QUERY_DIR.glob("*.rq")) + list((PROJECT_DIR / "vnpolicy").rglob("queries/*.rq"))
    return sorted(path.relative_to(PROJECT_DIR).as_posix() for path in paths)


# -- running a query ------------------------------------------------------------------------


def parse_term(text: str) -> Identifier:
    """One RDF term written in N-Triples syntax (an IRI or a literal)."""
    document = ("<urn:golden:s> <urn:golden:p> " + text + " .").encode("utf-8")
    (triple,) = ox.parse(document, format=ox.RdfFormat.N_TRIPLES)
    return from_oxigraph(triple.object)


def parse_bindings(bindings: dict) -> dict:
    """``[query.bindings]`` as the binder takes them: "a b" keys become ("a", "b") with rows of tuples."""
    parsed = {}
    for key, rows in bindings.items():
        names = tuple(key.split())
        rows = [rows] if isinstance(rows, str) else rows
        if len(names) == 1:
            parsed[names[0]] = [parse_term(row) for row in rows]
        else:
            parsed[names] = [tuple(parse_term(term) for term in row) for row in rows]
    return parsed


def query_text(entry: GoldenQuery) -> str:
    """The query as the code runs it: the file with the project's prefixes (canned: the file alone)."""
    if entry.is_canned:
        return entry.path.read_text(encoding="utf-8")
    return load_query(str(entry.path.parent.parent / "__init__.py"), entry.path.stem)


def query_form(text: str) -> str:
    return next(word for word in keywords(text) if word in QUERY_FORMS)


def is_ordered(text: str) -> bool:
    """True if the outermost query orders its solutions (an ORDER BY after its last closing brace)."""
    return "ORDER" in keywords(text[text.rindex("}"):])


def run(store, entry: GoldenQuery) -> ResultTable | Graph:
    if entry.is_canned:
        return run_canned(store, entry.path.stem, entry.params)
    sparql = bind(query_text(entry), parse_bindings(entry.bindings))
    if query_form(sparql) in ("CONSTRUCT", "DESCRIBE"):
        return store.construct(sparql)
    return store.select(sparql)


# -- normalising a result --------------------------------------------------------------------


def term_text(term: Identifier | None) -> str | None:
    return None if term is None else str(to_oxigraph(term))


def _relabel_rows(rows: list[list], ordered: bool) -> list[list]:
    """Rows with blank nodes named _:b0, _:b1 ... in order of first appearance (after sorting, if unordered)."""
    blank = {}
    for row in rows:
        for term in row:
            if isinstance(term, BNode):
                blank.setdefault(term, "_:b")
    masked = [[blank[term] if term in blank else term_text(term) for term in row] for row in rows]
    order = range(len(rows)) if ordered else sorted(range(len(rows)), key=lambda i: json.dumps(masked[i]))
    labels: dict = {}
    result = []
    for index in order:
        result.append([labels.setdefault(term, f"_:b{len(labels)}") if isinstance(term, BNode) else term_text(term)
                       for term in rows[index]])
    return result


def table_text(table: ResultTable, ordered: bool) -> str:
    if table.boolean is not None:
        return json.dumps({"boolean": table.boolean}) + "\n"
    rows = _relabel_rows([[row.get(name) for name in table.variables] for row in table.rows], ordered)
    lines = ",\n".join("  " + json.dumps(row, ensure_ascii=False) for row in rows)
    variables = json.dumps(table.variables, ensure_ascii=False)
    return "{\"variables\": " + variables + ",\n \"rows\": [\n" + lines + ("\n" if rows else "") + " ]}\n"


def graph_text(graph: Graph) -> str:
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        graph = to_canonical_graph(graph)
    lines = sorted(str(ox.Triple(*map(to_oxigraph, triple))) + " ." for triple in graph)
    return "".join(line + "\n" for line in lines)


def is_empty(result: ResultTable | Graph) -> bool:
    if isinstance(result, Graph):
        return len(result) == 0
    return result.boolean is None and not result.rows


# -- the goldens ------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", golden_queries(), ids=str)
def test_query_gives_its_golden_result(seed_store, entry):
    result = run(seed_store, entry)
    if isinstance(result, Graph):
        actual = graph_text(result)
    else:
        actual = table_text(result, is_ordered(query_text(entry)))
    if is_empty(result):
        assert entry.empty_ok, f"{entry.file} gives nothing on the seed graph: choose other bindings, or say why with empty_ok"
    else:
        assert not entry.empty_ok, f"{entry.file} is not empty any more: remove its empty_ok"
    if UPDATING:
        entry.golden_path.parent.mkdir(parents=True, exist_ok=True)
        entry.golden_path.write_text(actual, encoding="utf-8")
    assert entry.golden_path.exists(), f"no golden file {entry.golden}: run with VNPOLICY_UPDATE_GOLDEN=1"
    assert actual == entry.golden_path.read_text(encoding="utf-8")


# -- the manifests ------------------------------------------------------------------------------


def test_every_query_file_is_listed_exactly_once():
    listed = [entry["file"] for manifest in manifests().values()
              for kind in ("query", "excluded") for entry in manifest.get(kind, [])]
    twice = sorted({file for file in listed if listed.count(file) > 1})
    assert twice == [], "listed more than once"
    assert sorted(set(project_query_files()) - set(listed)) == [], "no [[query]] or [[excluded]] entry"


def test_no_entry_names_a_missing_file():
    listed = {entry["file"] for manifest in manifests().values()
              for kind in ("query", "excluded") for entry in manifest.get(kind, [])}
    assert sorted(file for file in listed if not (PROJECT_DIR / file).is_file()) == []


def test_the_suite_runs_as_many_queries_as_expected():
    assert len(golden_queries()) == EXPECTED_GOLDEN_QUERIES


def test_manifests_are_well_formed():
    assert set(manifests()) <= set(FAMILIES)
    for family, manifest in manifests().items():
        assert set(manifest) <= {"query", "excluded"}, family
        for entry in manifest.get("query", []):
            assert set(entry) <= QUERY_KEYS and {"file", "golden"} <= set(entry), (family, entry)
            assert not (entry.get("params") and entry.get("bindings")), (family, entry["file"])
        for entry in manifest.get("excluded", []):
            assert set(entry) == EXCLUDED_KEYS and entry["reason"].strip(), (family, entry)
    goldens = [entry.golden for entry in golden_queries()]
    assert len(goldens) == len(set(goldens))


@pytest.mark.parametrize("entry", golden_queries(), ids=str)
def test_golden_file_kind_matches_the_query_form(entry):
    expected = ".nt" if query_form(query_text(entry)) in ("CONSTRUCT", "DESCRIBE") else ".json"
    assert Path(entry.golden).suffix == expected
    if entry.is_canned:
        assert not entry.bindings, "a canned query takes [query.params]"
    else:
        assert not entry.params, "a package query takes [query.bindings]"


def test_every_golden_file_belongs_to_an_entry():
    files = {path.relative_to(GOLDEN_DIR).as_posix() for path in GOLDEN_DIR.rglob("*") if path.suffix in (".json", ".nt")}
    assert sorted(files - {entry.golden for entry in golden_queries()}) == []


def test_is_ordered_reads_the_outermost_query_only():
    assert is_ordered("SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a")
    assert not is_ordered("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a LIMIT 3 } }")
    assert not is_ordered("SELECT ?a WHERE { ?a ?b \"ORDER BY\" }")


def test_blank_nodes_are_named_by_their_place_in_the_result():
    a, b = BNode(), BNode()
    rows = _relabel_rows([[b, None], [a, b]], ordered=True)
    assert rows == [["_:b0", None], ["_:b1", "_:b0"]]
