"""A national corpus in the project's own shape, to measure what analysts do at 100k, 1M and 10M quads.

National documents, Party resolutions and laws are drawn once (beside the curated ones
of ``graph/reference``); then the 34 provinces (and some ministries) issue plans under
the same national parents, over several years: plans before 1 July 2025 come from the
old provinces with the old departments, later ones from the merged provinces. Each plan
is written as a text in the layout of a provincial plan, and its RDF is what the
project's own extractor and mapping make of that text (as ``vnpolicy build`` does), so
the corpus measures extraction too: every plan's number, date, issuer, province and
parent are compared with what the generator meant.

Output (``--out DIR``): ``texts/*.txt``, ``intents.jsonl`` (what each text should read
as), ``corpus.nq`` (one named graph per plan, plus what ``vnpolicy build`` writes: the
ontology, the reference data, the bundled seed plans; and the national documents
drawn), ``summary.json``. The same seed gives the same bytes.

Run: ``python -m bench.national_corpus --size 100k --out DIR [--seed N] [--workers 2]``
(``--plans-per-province K`` instead of ``--size`` gives K parents each implemented by
every province).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import multiprocessing
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, RDF, XSD

from bench.corpus_texts import NationalDoc, PlanSpec, national_documents, plan_file_name, plan_specs, plan_text
from vnpolicy import __version__
from vnpolicy.extract import extract_text
from vnpolicy.extract.model import PlanDocument
from vnpolicy.ingest.build import build_graphs
from vnpolicy.iris import Minter
from vnpolicy.namespaces import ELI, GRAPH_REFERENCE, LEVEL, STATUS, VNP
from vnpolicy.rdf.mapping import CLASS_BY_TYPE, ReferenceIndex, map_document, type_concept
from vnpolicy.textnorm import fold, nfc, squash_spaces

SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
GRAPH_NATIONAL = "national-corpus"
# Curated national parents of graph/reference the provinces implement too, with the topic their plans take.
CURATED_PARENTS = {"169/QĐ-TTg": 1, "2815/QĐ-TTg": 1, "57-NQ/TW": 17}
PILOT_PLANS = 40
CHECKED_FIELDS = ("type", "number", "date", "issuer", "province", "parent", "status")
STRUCTURE_FIELDS = ("laws", "earlier", "signer", "tasks", "duties", "reporting")  # reported, not required to be right


# -- the documents above the plans -----------------------------------------------------------------------------------


def curated_parents(reference: Graph) -> list[NationalDoc]:
    """The curated national documents that plans of the corpus implement, read from the reference data."""
    parents = []
    for number, topic in CURATED_PARENTS.items():
        node = next(reference.subjects(ELI.id_local, Literal(number)), None)
        if node is None:
            continue
        title = next(str(t) for t in reference.objects(node, ELI["title"]) if t.language == "vi")
        day = date.fromisoformat(str(reference.value(node, ELI.date_document)))
        issuer = "Bộ Chính trị" if number.endswith("/TW") else "Thủ tướng Chính phủ"
        parents.append(NationalDoc("curated", "NQ" if "-NQ/" in number else "QĐ", number, day, issuer, title, topic))
    return parents


def national_graph(documents: list[NationalDoc], laws: list[NationalDoc], minter: Minter) -> Graph:
    """The drawn national documents and laws, in the shape of graph/reference/documents.ttl."""
    graph = Graph()
    for doc in [*documents, *laws]:
        if doc.kind == "curated":
            continue
        node = national_iri(doc, minter)
        graph.add((node, RDF.type, ELI.LegalResource))
        graph.add((node, RDF.type, CLASS_BY_TYPE[doc.type_code]))
        graph.add((node, ELI.id_local, Literal(doc.number)))
        graph.add((node, ELI.type_document, type_concept(doc.type_code, doc.number)))
        graph.add((node, ELI.date_document, Literal(doc.date.isoformat(), datatype=XSD.date)))
        graph.add((node, ELI["title"], Literal(doc.title, lang="vi")))
        graph.add((node, ELI.passed_by, minter.agency(doc.issuer, None)))
        graph.add((node, VNP.level, LEVEL["party-central"] if doc.kind == "party" else LEVEL.national))
        graph.add((node, VNP.status, STATUS.issued))
        for number in doc.based_on:
            law = next(law for law in laws if law.number == number)
            graph.add((node, ELI.based_on, national_iri(law, minter)))
        if doc.kind == "law":  # the plans cite laws by name: that node is the numbered law
            by_name = minter.law_by_name(doc.title)
            graph.add((by_name, RDF.type, ELI.LegalResource))
            graph.add((by_name, RDF.type, VNP.Law))
            graph.add((by_name, OWL.sameAs, node))
            for prop in (ELI.type_document, ELI["title"], ELI.passed_by, VNP.level, VNP.status):
                graph.add((by_name, prop, graph.value(node, prop)))
    return graph


def national_iri(doc: NationalDoc, minter: Minter) -> URIRef:
    return minter.document(doc.type_code, doc.date.year, doc.number)


# -- one plan: text, extraction, RDF, check ---------------------------------------------------------------------------


@dataclass
class PlanResult:
    file: str
    text: str
    intent: dict
    nquads: str
    quads: int
    checks: dict[str, bool]
    seconds_text: float
    seconds_extract: float
    seconds_map: float


_WORKER: dict = {}


def _start_worker(seed: int, index: ReferenceIndex, base: str) -> None:
    _WORKER.update(seed=seed, index=index, minter=Minter(base))


def make_plan(spec: PlanSpec) -> PlanResult:
    """The text of one plan, what the extractor reads from it, its named graph as sorted N-Quads."""
    seed, index, minter = _WORKER["seed"], _WORKER["index"], _WORKER["minter"]
    started = time.perf_counter()
    text, intent = plan_text(seed, spec)
    drawn = time.perf_counter()
    name = plan_file_name(spec)
    document = extract_text(text, name)
    extracted = time.perf_counter()
    stem = Path(name).stem
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    _, graph = map_document(document, minter, index, stem, __version__, sha256)
    lines = nquad_lines(graph, minter.graph(stem))
    mapped = time.perf_counter()
    return PlanResult(name, text, intent.to_dict(), "".join(lines), len(lines), read_right(document, intent.to_dict()),
                      drawn - started, extracted - drawn, mapped - extracted)


def nquad_lines(graph: Graph, name: URIRef) -> list[str]:
    """The graph's triples as N-Quads lines in ``name``, sorted: rdflib's own order changes from run to run."""
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        graph = to_canonical_graph(graph)  # blank nodes labelled by content, the same on every run
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    suffix = f"<{name}> .\n"
    return sorted(line[:-1] + suffix for line in text.splitlines(keepends=False) if line.endswith(" ."))


def read_right(document: PlanDocument, intent: dict) -> dict[str, bool]:
    """Per field, whether the extractor read what the generator meant."""
    parent = document.implements.number if document.implements else None
    return {
        "type": document.type_code == "KH",
        "number": document.number == intent["number"],
        "date": (document.date.isoformat() if document.date else None) == intent["date"],
        "issuer": same_name(document.issuer, intent["issuer"]),
        "province": same_name(document.province, intent["province"]),
        "parent": parent == intent["parent"],
        "status": document.status.value == intent["status"],
        "laws": sorted(document.laws_cited_by_name) == sorted(intent["laws"]),
        "earlier": (intent["earlier"] is None) or intent["earlier"] in {ref.number for ref in document.cited_documents},
        "signer": same_name(document.signer.name if document.signer and document.signer.name else None, intent["signer"]),
        "tasks": len(document.tasks) == intent["counts"]["tasks"],
        "duties": len(document.duties) == intent["counts"]["duties"],
        "reporting": len(document.reporting_duties) == intent["counts"]["reporting"],
    }


def same_name(got: str | None, expected: str | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return fold(squash_spaces(nfc(got))) == fold(squash_spaces(nfc(expected)))


# -- the corpus ------------------------------------------------------------------------------------------------------


@dataclass
class Setup:
    seed: int
    minter: Minter
    static: list[tuple[str, list[str]]]  # (graph name, N-Quads lines) of ontology, reference, national documents
    index: ReferenceIndex
    parents_drawn: list[NationalDoc]
    laws: list[NationalDoc]
    curated: list[NationalDoc]


def setup(seed: int, parents: int, minter: Minter) -> Setup:
    """The graphs ``vnpolicy build`` makes (ontology, reference data, the bundled seed plans) and the national documents drawn.

    The seed plans stay in, so that the canned questions' examples (163/KH-UBND ...) find what they ask about.
    """
    built, reference = built_graphs(minter)
    curated = curated_parents(reference)
    taken = frozenset(str(number) for number in reference.objects(None, ELI.id_local))
    documents, laws = national_documents(seed, parents, curated, taken)
    national = national_graph(documents, laws, minter)
    name = minter.graph(GRAPH_NATIONAL)
    static = sorted([*built, (str(name), nquad_lines(national, name))])
    return Setup(seed, minter, static, ReferenceIndex.from_graph(reference + national), documents, laws, curated)


@lru_cache(maxsize=2)
def built_graphs(minter: Minter) -> tuple[list[tuple[str, list[str]]], Graph]:
    """What ``vnpolicy build`` writes, as N-Quads lines by graph, and the reference graph (read once per process)."""
    built, _ = build_graphs(minter)
    return [(str(name), nquad_lines(graph, name)) for name, graph in built.items()], built[minter.graph(GRAPH_REFERENCE)]


def parent_order(seed: int, documents: list[NationalDoc]) -> list[NationalDoc]:
    """The curated parents first, then the drawn ones in a drawn order, so that any size spans the years."""
    curated = [doc for doc in documents if doc.kind == "curated"]
    drawn = [doc for doc in documents if doc.kind != "curated"]
    random.Random(f"{seed}:parent-order").shuffle(drawn)
    return curated + drawn


def quads_per_plan(seed: int, minter: Minter) -> tuple[float, int]:
    """The mean quads of a plan (from a pilot of plans drawn as the corpus draws them) and the static graphs' quads."""
    pilot = setup(seed, 8, minter)
    specs = plan_specs(seed, parent_order(seed, pilot.parents_drawn), pilot.laws, PILOT_PLANS, full_coverage=False)
    _start_worker(seed, pilot.index, minter.base)
    quads = [make_plan(spec).quads for spec in specs]
    return sum(quads) / len(quads), sum(len(lines) for _, lines in pilot.static)


def write_corpus(out: Path, seed: int, workers: int, minter: Minter, plans: int | None = None,
                 plans_per_province: int | None = None) -> dict:
    """Write the corpus into ``out`` (emptied first) and return its summary with timings.

    Either ``plans`` plans under parents each implemented by a drawn share of the provinces,
    or ``plans_per_province`` parents each implemented by every province.
    """
    started = time.perf_counter()
    full_coverage = plans_per_province is not None
    parents_needed = plans_per_province if full_coverage else math.ceil(plans / 20) + 4
    state = setup(seed, max(parents_needed, len(CURATED_PARENTS)), minter)
    order = parent_order(seed, state.parents_drawn)
    if full_coverage:
        order, plans = order[:plans_per_province], sys.maxsize
    specs = plan_specs(seed, order, state.laws, plans, full_coverage)
    clear_output(out)
    (out / "texts").mkdir(parents=True)
    totals = {"quads": sum(len(lines) for _, lines in state.static), "text": 0.0, "extract": 0.0, "map": 0.0}
    checks = {name: 0 for name in (*CHECKED_FIELDS, *STRUCTURE_FIELDS)}
    misses = []
    by_layout: dict[str, list[int]] = {}  # layout -> [plans read wholly right, plans]
    provinces, parents_used = set(), {}
    with open(out / "corpus.nq", "w", encoding="utf-8") as corpus, open(out / "intents.jsonl", "w", encoding="utf-8") as intents:
        for _, lines in state.static:
            corpus.writelines(lines)
        for result in _results(specs, state, workers):
            (out / "texts" / result.file).write_text(result.text, encoding="utf-8")
            intents.write(json.dumps(result.intent, ensure_ascii=False, sort_keys=True) + "\n")
            corpus.write(result.nquads)
            totals["quads"] += result.quads
            totals["text"] += result.seconds_text
            totals["extract"] += result.seconds_extract
            totals["map"] += result.seconds_map
            for name, right in result.checks.items():
                checks[name] += right
            wrong = [name for name in (*CHECKED_FIELDS, "tasks", "duties") if not result.checks[name]]  # laws: see the report
            if wrong:
                misses.append({"file": result.file, "fields": wrong, "layouts": result.intent["layouts"]})
            for layout in result.intent["layouts"] or ["plain"]:
                counts = by_layout.setdefault(layout, [0, 0])
                counts[0] += not wrong
                counts[1] += 1
            if result.intent["new_unit"]:
                provinces.add(result.intent["new_unit"])
            parents_used[result.intent["parent"]] = parents_used.get(result.intent["parent"], 0) + 1
    summary = {
        "seed": seed, "plans": len(specs), "quads": totals["quads"], "provinces": len(provinces),
        "static_quads": sum(len(lines) for _, lines in state.static),
        "parents": len(parents_used), "national_documents": len(state.parents_drawn), "laws": len(state.laws),
        "drafts": sum(spec.draft for spec in specs), "ministry_plans": sum(spec.issuer.is_ministry for spec in specs),
        "plans_per_parent_max": max(parents_used.values(), default=0),
        "read_right": {name: round(count / max(len(specs), 1), 4) for name, count in checks.items()},
        "read_right_by_layout": {name: f"{right}/{total}" for name, (right, total) in sorted(by_layout.items())},
        "misses": misses[:50],
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    summary["seconds"] = time.perf_counter() - started
    summary["cpu_seconds"] = {name: round(totals[name], 2) for name in ("text", "extract", "map")}
    return summary


OUTPUT_FILES = ("corpus.nq", "intents.jsonl", "summary.json")


def clear_output(out: Path) -> None:
    """Empty ``out`` of an earlier corpus; a folder holding anything else is refused, never emptied."""
    if not out.exists():
        return
    others = {path.name for path in out.iterdir()} - {*OUTPUT_FILES, "texts"}
    if others:
        raise SystemExit(f"{out} holds files that are not a corpus's ({', '.join(sorted(others)[:5])}): choose another --out")
    shutil.rmtree(out / "texts", ignore_errors=True)
    for name in OUTPUT_FILES:
        (out / name).unlink(missing_ok=True)


def _results(specs: list[PlanSpec], state: Setup, workers: int):
    if workers <= 1:
        _start_worker(state.seed, state.index, state.minter.base)
        yield from map(make_plan, specs)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(state.seed, state.index, state.minter.base)) as pool:
        yield from pool.imap(make_plan, specs, chunksize=8)


def parse_size(text: str) -> int:
    """ "100k", "1m", "10m" or a plain number of quads. """
    text = text.strip().lower()
    if text in SIZES:
        return SIZES[text]
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", text)
    if not match:
        raise argparse.ArgumentTypeError(f"a size like 100k, 1m, 10m or a number of quads, not {text!r}")
    return int(float(match[1]) * {"": 1, "k": 1_000, "m": 1_000_000}[match[2]])


def report(summary: dict, per_plan: float | None) -> str:
    seconds = summary["seconds"]
    cpu = summary["cpu_seconds"]
    plans = summary["plans"]
    lines = [f"plans {plans}  quads {summary['quads']:,}  seconds {seconds:.1f}  plans/s {plans / seconds:.1f}  "
             f"quads/plan {((summary['quads'] - summary['static_quads']) / plans if plans else 0):.0f}"
             + (f" (pilot {per_plan:.0f})" if per_plan else ""),
             f"provinces {summary['provinces']}  parents used {summary['parents']} (most plans under one: "
             f"{summary['plans_per_parent_max']})  drafts {summary['drafts']}  ministry plans {summary['ministry_plans']}",
             "cpu seconds (all workers): " + "  ".join(f"{name} {value:.1f} ({plans / value if value else 0:.0f} plans/s)"
                                                     for name, value in cpu.items()),
             "read right: " + "  ".join(f"{name} {share:.1%}" for name, share in summary["read_right"].items()),
             "plans read wholly right, by layout: "
             + "  ".join(f"{name} {share}" for name, share in summary["read_right_by_layout"].items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=parse_size, default=SIZES["100k"], help="target quads: 100k, 1m, 10m or a number")
    parser.add_argument("--plans-per-province", type=int, help="instead of --size: K parents, each implemented by all 34")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    minter = Minter()
    per_plan = None
    if args.plans_per_province:
        summary = write_corpus(args.out, args.seed, args.workers, minter, plans_per_province=args.plans_per_province)
    else:
        started = time.perf_counter()
        per_plan, static = quads_per_plan(args.seed, minter)
        plans = max(1, round((args.size - static) / per_plan))
        print(f"pilot: {per_plan:.0f} quads a plan, {static:,} quads of the built graphs; {plans} plans "
              f"({time.perf_counter() - started:.1f} s)")
        summary = write_corpus(args.out, args.seed, args.workers, minter, plans=plans)
    print(report(summary, per_plan))
    return summary


if __name__ == "__main__":
    main(sys.argv[1:])
