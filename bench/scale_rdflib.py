"""The same canned questions on rdflib's in-memory Dataset, in a process of its own, and their answers compared.

The rdflib side runs in a child process (``python -m bench.scale_rdflib REQUEST
ANSWER``) so that its memory is measured apart from the embedded store's: it loads
``corpus.nq`` into ``Dataset(default_union=True)`` once, then runs each question's
SPARQL, exactly the text the embedded store ran (parameters bound), cold and warm.
Answers are compared as multisets of rows of plain values (lexical forms, numbers
by value, language tags kept), whatever their order.
"""

from __future__ import annotations

import json
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

from bench.scale_timing import Plan, p95, peak_mb, rss_mb, seconds, warm_runs


def plain(term) -> str | None:
    """A value both engines give alike: lexical form, numbers by value, with its language tag."""
    if term is None:
        return None
    language = getattr(term, "language", None)
    if language:
        return f"{term}@{language}"
    value = term.toPython() if hasattr(term, "toPython") else term
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
        return str(int(number)) if number.is_integer() else f"{number:.6g}"
    return str(term)


def row_multiset(variables: list[str], rows: list[dict]) -> Counter:
    names = sorted(variables)
    return Counter(tuple(plain(row.get(name)) for name in names) for row in rows)


def differences(ours: Counter, theirs: Counter) -> str:
    """"" when the multisets are equal; else how many rows only one side has, with one example."""
    only_ours, only_theirs = ours - theirs, theirs - ours
    if not only_ours and not only_theirs:
        return ""
    example = next(iter(only_ours or only_theirs))
    side = "embedded" if only_ours else "rdflib"
    return (f"MISMATCH: {sum(only_ours.values())} rows only in embedded, {sum(only_theirs.values())} only in "
            f"rdflib (e.g. {side}: {list(example)[:3]})")


# -- the child process ------------------------------------------------------------------------------------------------


def ask(dataset, sparql: str) -> tuple[list[str], list[dict]]:
    """The variables and rows of ``sparql`` (rdflib evaluates as the rows are read: all are read)."""
    result = dataset.query(sparql)
    variables = [str(v) for v in result.vars]
    return variables, [dict(zip(variables, row)) for row in result]


def out_of_time(signum, frame) -> None:
    raise TimeoutError  # rdflib evaluates in Python: the alarm stops it between two steps


def run_child(request: dict) -> dict:
    from rdflib import Dataset

    signal.signal(signal.SIGALRM, out_of_time)
    before = rss_mb()
    dataset = Dataset(default_union=True)
    load, _ = seconds(lambda: dataset.parse(request["nquads"], format="nquads"))
    answer = {"load_seconds": load, "quads": len(dataset), "load_rss_mb": rss_mb() - before, "questions": {}}
    plan = Plan(request["repeat"], request["budget"])
    for name, sparql in request["questions"].items():
        try:
            signal.alarm(request["limit"])
            cold, (variables, rows) = seconds(lambda sparql=sparql: ask(dataset, sparql))
            signal.alarm(0)
            samples = [cold] if cold >= plan.budget else warm_runs(lambda sparql=sparql: ask(dataset, sparql), plan)
            answer["questions"][name] = {
                "cold": cold, "median": statistics.median(samples), "p95": p95(samples), "runs": len(samples),
                "rows": [[plain(row.get(v)) for v in sorted(variables)] for row in rows]}
        except TimeoutError:
            answer["questions"][name] = {"error": f"no answer within {request['limit']} s", "timeout": True}
        except Exception as error:  # noqa: BLE001 - one failing question is reported, the rest still run
            answer["questions"][name] = {"error": f"{type(error).__name__}: {str(error)[:200]}"}
    answer["peak_mb"] = peak_mb()
    return answer


def child_main(argv: list[str]) -> int:
    request = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_text(json.dumps(run_child(request)), encoding="utf-8")
    return 0


# -- the parent's side ------------------------------------------------------------------------------------------------


def run_rdflib(nquads: Path, questions: dict[str, str], plan: Plan, work: Path, limit: int) -> dict:
    """Start the rdflib process on ``questions`` (name -> SPARQL) and return what it measured, with its wall time."""
    request, answer = work / "rdflib-request.json", work / "rdflib-answer.json"
    request.write_text(json.dumps({"nquads": str(nquads), "questions": questions, "repeat": plan.repeat,
                                   "budget": plan.budget, "limit": limit}), encoding="utf-8")
    start = time.perf_counter()
    completed = subprocess.run([sys.executable, "-m", "bench.scale_rdflib", str(request), str(answer)],
                               capture_output=True, text=True)
    if completed.returncode != 0:
        return {"error": completed.stderr.strip().splitlines()[-1:] or ["rdflib process failed"]}
    result = json.loads(answer.read_text(encoding="utf-8"))
    result["wall_seconds"] = time.perf_counter() - start
    return result


def compare_answers(embedded: dict[str, dict], rdflib_side: dict) -> dict[str, str]:
    """Per question: "" when both engines gave the same rows, else what differs."""
    verdicts = {}
    for name, ours in embedded.items():
        theirs = rdflib_side.get("questions", {}).get(name)
        if theirs is None or "error" in theirs:
            verdicts[name] = f"rdflib: {theirs.get('error') if theirs else 'not run'}"
            continue
        table = ours["table"]
        verdicts[name] = differences(row_multiset(table.variables, table.rows),
                                     Counter(tuple(row) for row in theirs["rows"]))
    return verdicts


if __name__ == "__main__":
    raise SystemExit(child_main(sys.argv[1:]))
