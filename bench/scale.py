"""The scale benchmark: one command, one table, on the national corpus at 100k, 1M or 10M quads.

``make bench SIZE=1m`` (``python -m bench.scale --size 1m``) loads the corpus into a
fresh embedded store and measures, in one run: build from text, bulk load, every
canned question and every explorer page's library call (median, p95, cold), search,
validation, each export format, app start to first rendered page in Chromium, peak
memory and store size; and the same canned questions on rdflib's in-memory Dataset,
their answers compared with the embedded store's. Each figure is checked against its
target. The table is printed and saved as ``bench/results/<date>-<size>.md`` and ``.json``.

``--smoke`` runs everything with fewer repeats and a smaller build sample (CI, at 100k).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from bench import scale_queries, scale_store, scale_writes
from bench.scale_report import apply_targets, machine, markdown_table, save
from bench.scale_timing import Plan, Row, children_peak_mb, failed_row, folder_mb, peak_mb
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.integrity import remember_whole, table_files

RESULTS = Path(__file__).resolve().parent / "results"
BIG = "10m"  # rdflib and whole-store validation are off by default at this size


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="100k", help="100k, 1m or 10m (the corpus of bench.national_corpus)")
    parser.add_argument("--corpus", type=Path, help="a corpus folder (corpus.nq, texts/) instead of finding one")
    parser.add_argument("--cache", type=Path, default=scale_store.DEFAULT_CACHE, help="where a generated corpus is kept")
    parser.add_argument("--work", type=Path, help="where the stores are made (default: under --cache)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the dated .md and .json go")
    parser.add_argument("--repeat", type=int, help="warm runs per call (default 10; 3 with --smoke)")
    parser.add_argument("--budget", type=float, help="seconds of warm runs per call at most (default 30; 3 with --smoke)")
    parser.add_argument("--build-sample", type=int, help="plan texts built from text (default 100; 10 with --smoke)")
    parser.add_argument("--smoke", action="store_true", help="everything, with fewer repeats (CI)")
    parser.add_argument("--rdflib", action=argparse.BooleanOptionalAction, help=f"default: on, off at {BIG}")
    parser.add_argument("--rdflib-limit", type=int, help="seconds an rdflib question may take (default 900; 20 with --smoke)")
    parser.add_argument("--full-validation", action=argparse.BooleanOptionalAction,
                        help=f"whole-store validation (default: on, off at {BIG} and with --smoke)")
    parser.add_argument("--browser", action=argparse.BooleanOptionalAction, default=True, help="app start in Chromium")
    parser.add_argument("--trust-load", action=argparse.BooleanOptionalAction,
                        help=f"record the bulk-loaded files as whole instead of reading every index once (default: off; on at {BIG})")
    parser.add_argument("--incremental-validation", action=argparse.BooleanOptionalAction,
                        help="incremental validation after one new plan; needs every verdict first, a full run if none"
                             " (default: on with --full-validation, else off)")
    parser.add_argument("--exports", help=f"export formats, comma-separated, or 'none' (default: all; none at {BIG},"
                                          " where each goes through rdflib for minutes and GBs)")
    parser.add_argument("--servers", action="store_true", help="also compare server back-ends (bench.servers)")
    args = parser.parse_args(argv)
    args.repeat = args.repeat or (3 if args.smoke else 10)
    args.budget = args.budget or (3.0 if args.smoke else 30.0)
    args.build_sample = args.build_sample or (10 if args.smoke else 100)
    args.rdflib_limit = args.rdflib_limit or (20 if args.smoke else 900)
    if args.rdflib is None:
        args.rdflib = args.size != BIG
    if args.full_validation is None:
        args.full_validation = args.size != BIG and not args.smoke
    if args.incremental_validation is None:
        args.incremental_validation = args.full_validation or args.smoke
    if args.trust_load is None:
        args.trust_load = args.size == BIG
    return args


class Table:
    """The rows as they are measured; each is echoed to stderr, so a long run shows where it is."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.started = time.perf_counter()

    def add(self, *rows: Row) -> None:
        for row in rows:
            self.rows.append(row)
            shown = row.value if row.value is not None else row.median
            print(f"[{time.perf_counter() - self.started:7.1f} s] {row.group}: {row.operation}: {shown} {row.note}",
                  file=sys.stderr, flush=True)


def load_rows(table: Table, corpus: Path, store: Path, trust_load: bool = False) -> int:
    seconds, quads = scale_store.bulk_load(corpus / "corpus.nq", store)
    table.add(Row("load", "bulk load (pyoxigraph bulk_load of corpus.nq)", value=quads / seconds, unit="triples/s",
                  median=seconds, runs=1, note=f"{quads:,} quads in {seconds:.1f} s; no loading path of the project's own"))
    compacted = scale_store.optimize(store)
    table.add(Row("load", "optimize (compaction after the load)", median=compacted, cold=compacted, runs=1))
    if trust_load:
        # The benchmark wrote these files itself a moment ago: recorded as whole, as a store's own writes are at close.
        remember_whole(store, table_files(store))
        how = "the loaded files recorded as whole (--trust-load): a plain open"
    else:
        how = "reads every index once, as at the first open of a store loaded outside the project"
    opened = scale_store.first_open(store)
    table.add(Row("load", "first open, writable", median=opened, cold=opened, runs=1, note=how))
    after = scale_store.first_open(store)
    table.add(Row("load", "next open, writable", median=after, cold=after, runs=1, note="as the app and the command line open it"))
    table.add(scale_writes.index_rebuild_row(store))
    return quads


def build_row(corpus: Path, sample: int, work: Path) -> Row:
    try:
        built = scale_store.build_from_text(corpus, sample, work)
    except Exception as error:  # noqa: BLE001 - the table says what failed
        return failed_row("build", "build from text", error)
    return Row("build", "build from text", value=built["plans_per_second"], unit="plans/s", median=built["seconds"],
               runs=1, note=(f"{built['plans']} corpus texts through vnpolicy build (read, extract, map, write; no "
                             f"validation) in {built['seconds']:.1f} s, less {built['fixed_seconds']:.1f} s for the "
                             f"ontology and reference data"))


def rdflib_rows(table: Table, corpus: Path, answers: dict, plan: Plan, work: Path, limit: int) -> None:
    from bench.scale_rdflib import compare_answers, run_rdflib

    questions = {name: answer["sparql"] for name, answer in answers.items()}
    side = run_rdflib(corpus / "corpus.nq", questions, plan, work, limit)
    if "error" in side:
        table.add(Row("rdflib", "rdflib Dataset(default_union=True)", note=f"FAILED: {side['error']}"))
        return
    verdicts = compare_answers(answers, side)
    for row in table.rows:
        if row.group == "canned" and row.operation in side["questions"]:
            measured = side["questions"][row.operation]
            row.rdflib_median = measured.get("median")
            if measured.get("timeout"):
                row.note = "; ".join(filter(None, [row.note, f"rdflib: {measured['error']} (answers not compared)"]))
            else:
                row.mismatch = verdicts.get(row.operation, "")
    timed_out = {name for name, measured in side["questions"].items() if measured.get("timeout")}
    verdicts = {name: verdict for name, verdict in verdicts.items() if name not in timed_out}
    same = sum(1 for verdict in verdicts.values() if not verdict)
    table.add(Row("rdflib", "rdflib load of corpus.nq (in memory)", value=side["quads"] / side["load_seconds"],
                  unit="triples/s", median=side["load_seconds"], runs=1,
                  note=f"{side['quads']:,} quads; +{side['load_rss_mb']:,.0f} MB resident after the load"),
              Row("rdflib", "peak memory, rdflib process", value=side["peak_mb"], unit="MB"),
              Row("rdflib", "answers equal to the embedded store's", value=same, unit=f"of {len(verdicts)} questions compared",
                  note=f"not compared (rdflib over its time limit): {', '.join(sorted(timed_out)) or 'none'}",
                  mismatch="" if same == len(verdicts) else "MISMATCH: see the canned rows"))


def browser_row(store: Path) -> list[Row]:
    from bench.scale_browser import first_page

    operation = "app start to first rendered page"
    try:
        shown = first_page(store)
    except Exception as error:  # noqa: BLE001
        return [failed_row("app", operation, error)]
    return [Row("app", operation, median=shown["first_page"], cold=shown["first_page"], runs=1,
                note=f"Streamlit answering after {shown['server_up']:.1f} s; Overview shows {shown['plans_shown']} plans; "
                     "Chromium 127.0.0.1"),
            Row("app", "peak memory, app (Streamlit)", value=shown["app_peak_mb"], unit="MB")]


def run(args: argparse.Namespace) -> tuple[list[Row], dict]:
    corpus, origin = scale_store.find_corpus(args.size, args.corpus, args.cache)
    work = args.work or args.cache / f"work-{args.size}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    store = work / "bench" / "store"  # its own folder: the store and its side files, measured together
    plan = Plan(args.repeat, args.budget)
    table = Table()
    quads = load_rows(table, corpus, store, args.trust_load)
    with EmbeddedStore(store, read_only=True) as opened:
        params = scale_queries.choose_parameters(opened)
    canned, answers = scale_queries.canned_rows(store, params, plan)
    table.add(*canned)
    table.add(*scale_queries.explorer_rows(store, params, plan))
    table.add(*scale_queries.search_rows(store, plan))
    if args.rdflib:
        rdflib_rows(table, corpus, answers, plan, work, args.rdflib_limit)
    else:
        table.add(Row("rdflib", "rdflib Dataset(default_union=True)",
                      note=f"not run at {args.size}: in memory it needs several GB per million quads and minutes to "
                           "load (see the 1m results for its memory); --rdflib to run it"))
    table.add(build_row(corpus, args.build_sample, work))
    formats = export_formats(args)
    if formats != []:
        table.add(*scale_writes.export_rows(store, work, formats))
    writable = scale_store.copy_store(store, work / "validation" / "store")  # incremental validation writes a plan
    reason = "--smoke" if args.smoke else f"off by default at {args.size}; --full-validation to run it"
    table.add(*scale_writes.validation_rows(writable, args.full_validation, reason, args.incremental_validation))
    shutil.rmtree(writable.parent, ignore_errors=True)
    if args.browser:
        table.add(*browser_row(store))
    if args.servers:
        table.add(*scale_writes.server_rows(corpus / "corpus.nq", work, args.repeat))
    table.add(Row("memory", "peak memory, this process (embedded side)", value=peak_mb(), unit="MB",
                  note="ru_maxrss of the benchmark process"),
              Row("memory", "peak memory, child processes", value=children_peak_mb(), unit="MB",
                  note="largest of the processes waited for (rdflib, Streamlit, query workers)"),
              Row("disk", "store size on disk", value=folder_mb(store.parent), unit="MB",
                  note="the store folder with its side files"))
    apply_targets(table.rows, quads)
    info = {**machine(), "size": args.size, "quads": quads, "corpus": f"{corpus} ({origin})",
            "parameters": params.describe(), "repeat": args.repeat, "budget_s": args.budget,
            "wall_seconds": round(time.perf_counter() - table.started, 1)}
    return table.rows, info


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    rows, info = run(args)
    markdown, data = save(rows, info, args.results, args.size)
    print(markdown_table(rows))
    print(f"\nsaved {markdown} and {data}")
    return 0


def export_formats(args: argparse.Namespace) -> list[str] | None:
    """The formats to export: the whole store goes through rdflib for each, minutes a format at 10M."""
    if args.exports is None:
        return [] if args.size == BIG else None  # None: every format
    return [] if args.exports == "none" else [name.strip() for name in args.exports.split(",") if name.strip()]


if __name__ == "__main__":
    raise SystemExit(main())

