"""The side index (``vnpolicy.store.index``) gives the plain queries' answers, and stays right through writes and crashes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import SKOS

import vnpolicy.store.index as side
from vnpolicy.explore.options import parameter_options, plain_parameter_options
from vnpolicy.explore.search import SearchIndex
from vnpolicy.ingest.entry import ingest
from vnpolicy.namespaces import VNP as VOCAB
from vnpolicy.sparql.canned import Parameter
from vnpolicy.store.embedded import EmbeddedStore
from vnpolicy.store.index.side import index_file
from vnpolicy.textnorm import fold

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "data" / "layouts"
if str(ROOT) not in sys.path:  # bench/ is a sibling of tests/, a folder of modules, not an installed package
    sys.path.insert(0, str(ROOT))

AGENCY = Parameter("agency", "agency", "", "", "")
QUERIES = ["ve tinh", "so khoa hoc", "VỆ TINH", "an ninh mang", "tinh", "khoa hoc cong nghe", "ke hoach", "uav"]
VNP = Namespace("https://vnpolicy.example/test/")


def key(hit):
    return hit.entry.node, hit.entry.kind, hit.start, hit.end


def assert_same_as_plain(store):
    """Agency options and every phrase search equal the plain queries' answers on ``store``."""
    assert parameter_options(store, AGENCY) == plain_parameter_options(store, AGENCY)
    indexed, plain = SearchIndex.from_store(store), SearchIndex.plain_from_store(store)
    assert len(indexed) == len(plain)
    for query in QUERIES:
        exact = [key(h) for h in indexed.search(query, limit=10_000) if h.exact]
        assert sorted(exact) == sorted(key(h) for h in plain.phrase_search(query, limit=10_000)), query


def test_seed_store_answers_match_plain_queries(store_path):
    with EmbeddedStore(store_path) as store:
        assert_same_as_plain(store)
    assert index_file(store_path).is_file()


def a_plan_graph(store) -> URIRef:
    return next(name for name in store.graph_names() if len(store.graph(name)) > 100)


def test_replace_drop_and_new_entry_keep_the_index_right(store_path):
    with EmbeddedStore(store_path) as store:
        side.side_index(store)
        name = a_plan_graph(store)
        graph = store.graph(name)
        agency = VNP["agency/so-thu-nghiem"]
        graph.add((agency, SKOS.prefLabel, Literal("Sở Thử nghiệm Đặc biệt", lang="vi")))
        graph.add((VNP["role/1"], VOCAB.agency, agency))
        store.replace_graph(name, graph)
        assert_same_as_plain(store)
        store.drop_graph(name)
        assert_same_as_plain(store)
        assert not SearchIndex.from_store(store).search("dac biet")
        store.replace_graph(name, graph)  # a new graph: an entry arriving
        assert_same_as_plain(store)
        assert side.side_index(store).pending() == []
        assert side.side_index(store).generation() == store.generation()


def test_an_ingested_plan_is_found_by_the_index(store_path):
    """A steward's entry through ``ingest`` (validated, then written): its texts are searchable at once."""
    plan = LAYOUTS / "15_ministry_letter_hai_duong.txt"
    with EmbeddedStore(store_path) as store:
        side.side_index(store)
        outcome = ingest(plan, store)
        assert outcome.written, outcome
        assert_same_as_plain(store)
        hits = SearchIndex.from_store(store).search("173/KH-UBND")
        assert any(h.entry.kind == "title" for h in hits)


def test_a_store_written_behind_the_index_is_rebuilt_at_open(store_path):
    with EmbeddedStore(store_path) as store:
        side.side_index(store)
        name = a_plan_graph(store)
    raw = ox.Store(str(store_path))
    raw.remove_graph(ox.NamedNode(str(name)))  # as pyoxigraph bulk tools would: no stamp, no index refresh
    raw.flush()
    del raw
    (store_path.parent / "store.generation").write_text("written-elsewhere\n", encoding="utf-8")
    with EmbeddedStore(store_path) as store:
        assert name not in store.graph_names()
        assert_same_as_plain(store)


KILLER = """
import os, signal, sys
from rdflib import URIRef
from vnpolicy.store.embedded import EmbeddedStore

def die(self, index, name):  # the process dies between the store write and the index refresh
    os.kill(os.getpid(), signal.SIGKILL)

EmbeddedStore._after_write = die
store = EmbeddedStore(sys.argv[1])
name = URIRef(sys.argv[2])
store.drop_graph(name)
"""


def test_sigkill_between_store_write_and_index_refresh_is_repaired_at_next_open(store_path):
    with EmbeddedStore(store_path) as store:
        side.side_index(store)
        name = a_plan_graph(store)
    done = subprocess.run([sys.executable, "-c", KILLER, str(store_path), str(name)], cwd=Path(__file__).parent.parent,
                          capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with EmbeddedStore(store_path) as store:
        assert name not in store.graph_names()
        index = side.side_index(store)
        assert index.pending() == [] and index.generation() == store.generation()
        assert_same_as_plain(store)


# -- search ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def index(seed_store):
    return SearchIndex.from_store(seed_store)


@pytest.mark.parametrize("typed", ["169", "169/QD-TTg", "169/qđ-ttg", "169/QĐ-TTg"])
def test_document_numbers_typed_loosely(index, typed):
    hits = index.search(typed)
    assert any(h.entry.kind == "title" and h.entry.document == "169/QĐ-TTg" for h in hits)


def test_separate_words_in_any_order_come_after_the_phrase(index):
    phrase = index.search("khoa hoc cong nghe", limit=10_000)
    assert phrase and phrase[0].exact
    apart = index.search("cong nghe khoa hoc", limit=10_000)
    loose = [h for h in apart if not h.exact]
    assert loose and all(not h.exact for h in apart[apart.index(loose[0]):])
    for hit in loose:
        folded = fold(hit.entry.text)
        assert "khoa hoc" in folded and "cong nghe" in folded or hit.start == hit.end
    assert {h.entry.node for h in phrase if h.exact} <= {h.entry.node for h in apart}


def test_highlights_point_into_the_original_text(index):
    hits = index.search("dau tu")
    assert hits
    for hit in hits:
        if hit.exact:
            assert fold(hit.entry.text[hit.start:hit.end]) == "dau tu"
            assert hit.marked().count("**") == 2
    assert any("đ" in h.entry.text[h.start:h.end].lower() for h in hits)  # đ folds to d


def test_kinds_filter_and_empty_queries(index):
    assert all(h.entry.kind == "duty" for h in index.search("tinh", {"duty"}))
    assert index.search("") == [] and index.search("  ,. ") == [] and index.search("inh") == []


# -- a generated national corpus --------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    """The 100k national corpus (``bench.national_corpus --size 100k``) bulk-loaded into a store."""
    from bench import national_corpus

    out = tmp_path_factory.mktemp("corpus")
    national_corpus.main(["--size", "100k", "--out", str(out / "corpus"), "--workers", "2"])
    path = out / "store"
    ox.Store(str(path)).bulk_load(path=str(out / "corpus" / "corpus.nq"), format=ox.RdfFormat.N_QUADS)
    store = EmbeddedStore(path)
    yield store
    store.close()


def test_national_corpus_answers_match_plain_queries(corpus_store):
    assert corpus_store.triple_count() > 95_000
    assert_same_as_plain(corpus_store)
    name = a_plan_graph(corpus_store)
    graph = corpus_store.graph(name)
    corpus_store.drop_graph(name)
    assert_same_as_plain(corpus_store)
    corpus_store.replace_graph(name, graph)
    assert_same_as_plain(corpus_store)

