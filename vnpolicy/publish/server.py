"""Publishing the graph to a SPARQL server: one named graph per document, replaced whole.

A graph is written only when its content differs from the server's copy
(compared by ``vnpolicy.rdf.digest.graph_digest``), so publishing the same data
twice writes nothing the second time. Graphs under the publication base's
``graph/`` that the source no longer has are dropped (a document removed from
the sources disappears from the server too); other graphs on the server are
left alone. With ``dry_run`` the report says what would change and nothing is
written.

Graphs get the readable names of the dumps (``vnpolicy.publish.export``:
``{base}graph/eli/vn-hai-phong/kh/2021/163-kh-ubnd``, not the source file's
name), so a server and a dump name the same graph the same way; every name stays
under ``{base}graph/``, which keeps the dropping rule above whole. The ontology
graph is published too (a SPARQL server answers with the vocabularies' labels),
as its own graph ``{base}graph/ontology``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator

from rdflib import Graph, URIRef

from vnpolicy.namespaces import DEFAULT_BASE
from vnpolicy.publish.description import DescriptionSettings, describe_dataset, description_graph_iri, ontology_graph_name
from vnpolicy.publish.export import DUMPS, Rebaser, publication_rebaser
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.store.base import Store

ADDED, REPLACED, UNCHANGED, DROPPED = "added", "replaced", "unchanged", "dropped"


@dataclass
class PublishReport:
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> added | replaced | unchanged | dropped
    dry_run: bool = False
    triples_before: int = 0
    triples_after: int = 0

    def count(self, change: str) -> int:
        return sum(1 for value in self.graphs.values() if value == change)

    def summary(self) -> str:
        verb = "would be " if self.dry_run else ""
        parts = [f"{self.count(change)} {verb}{change}" for change in (ADDED, REPLACED, UNCHANGED, DROPPED)]
        return "graphs: " + ", ".join(parts)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def rebase_graph(graph: Graph, rebaser: Rebaser) -> Graph:
    rebased = Graph()
    for triple in graph:
        rebased.add(tuple(type(term)(rebaser.iri(str(term))) if isinstance(term, URIRef) else term for term in triple))
    return rebased


def source_graphs(store: Store, base: str | None = None, store_base: str = DEFAULT_BASE,
                  include_description: bool = True,
                  description: DescriptionSettings = DescriptionSettings(),
                  include_ontology: bool = True) -> Iterator[tuple[URIRef, Graph]]:
    """The named graphs to publish from ``store``, under their readable names, rebased to ``base``,
    with the dataset description (and the ontology graph unless ``include_ontology`` is false)."""
    rebaser = publication_rebaser(store, base, store_base)
    for name in store.graph_names():
        if not include_ontology and str(name) == ontology_graph_name(store_base):
            continue
        graph = store.graph(name)
        yield URIRef(rebaser.graph_name(str(name))), rebase_graph(graph, rebaser) if base else graph
    if include_description:
        described = describe_dataset(store, rebaser.new, DUMPS, description, store_base=store_base)
        yield description_graph_iri(rebaser.new), described


def change_for(target: Store, existing: set[URIRef], name: URIRef, graph: Graph) -> str:
    if name not in existing:
        return ADDED
    return UNCHANGED if graph_digest(target.graph(name)) == graph_digest(graph) else REPLACED


def publish(graphs: Iterable[tuple[URIRef, Graph]], target: Store, base: str = DEFAULT_BASE, dry_run: bool = False,
            progress: Callable[[Iterable], Iterable] = lambda items: items) -> PublishReport:
    """Copy ``graphs`` to ``target`` graph by graph; ``progress`` wraps the iteration (e.g. tqdm).

    ``base`` is the publication base: graphs under ``{base}graph/`` that ``graphs``
    does not hold are dropped from the target.
    """
    report = PublishReport(dry_run=dry_run, triples_before=target.triple_count())
    existing = set(target.graph_names())
    published = set()
    for name, graph in progress(graphs):  # lazily: one graph in memory at a time
        published.add(name)
        change = change_for(target, existing, name, graph)
        report.graphs[str(name)] = change
        if change != UNCHANGED and not dry_run:
            target.replace_graph(name, graph)
    for name in sorted(existing - published):
        if str(name).startswith(base + "graph/"):
            report.graphs[str(name)] = DROPPED
            if not dry_run:
                target.drop_graph(name)
    report.triples_after = report.triples_before if dry_run else target.triple_count()
    return report
