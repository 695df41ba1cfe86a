"""A new entry citing a document the store already holds points at it: no second, stub copy of it.

The seed store holds Hải Phòng's plan 163/KH-UBND (from graph/sources). A plan that cites it must
not write it again as a document "known only from a citation": across the store it would then have
two statuses, issued and reference-stub, and every listing would show it twice.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal

from vnpolicy.ingest.entry import ingest
from vnpolicy.namespaces import ELI, VNP, sparql_prefixes
from vnpolicy.sparql.binder import bind
from vnpolicy.store.embedded import EmbeddedStore

VALID_PLAN = Path(__file__).parent / "data" / "valid-plan.txt"
CITED = "163/KH-UBND"
CITING_SENTENCE = f"Tham khảo cách làm của Kế hoạch số {CITED} ngày 12/7/2021 của Ủy ban nhân dân thành phố Hải Phòng.\n"

STATUSES = sparql_prefixes() + "SELECT DISTINCT ?doc ?status WHERE { VALUES ?number { } ?doc eli:id_local ?number ; vnp:status ?status }"


def plan_citing_the_stored_plan(folder: Path) -> Path:
    text = VALID_PLAN.read_text(encoding="utf-8")
    heading_end = text.index("\n", text.index("I. MỤC ĐÍCH")) + 1
    path = folder / "cites-stored-plan.txt"
    path.write_text(text[:heading_end] + CITING_SENTENCE + text[heading_end:], encoding="utf-8")
    return path


def test_a_stored_document_cited_by_a_new_entry_keeps_one_status(store_path, tmp_path):
    with EmbeddedStore(store_path) as store:
        [(stored, status)] = [(row["doc"], row["status"]) for row in store.select(bind(STATUSES, {"number": Literal(CITED)})).rows]
        outcome = ingest(plan_citing_the_stored_plan(tmp_path), store)
        assert outcome.written
        after = [(row["doc"], row["status"]) for row in store.select(bind(STATUSES, {"number": Literal(CITED)})).rows]
        assert after == [(stored, status)]
        entry_graph = store.graph(outcome.entry.graph_name)
        work = next(entry_graph.subjects(ELI.is_realized_by, None))
        assert (work, ELI.cites, stored) in entry_graph
        assert (stored, VNP.status, None) not in entry_graph
