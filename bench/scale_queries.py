"""What analysts ask, on the embedded store: every canned question and every explorer page's library call.

Each call gets a store opened fresh for it (a read-only view, as ``vnpolicy
validate`` and the query process open it), so its first call is cold; opening is
not timed. Parameters are taken from the corpus: the national parent with the
most plans, one of its plans, the agency with the most duties.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.scale_timing import Plan, Row, failed_row, timed_row
from vnpolicy.explore.compare import agency_types, compare, parents_with_siblings
from vnpolicy.explore.document import load_document, validation_status
from vnpolicy.explore.history import document_history
from vnpolicy.explore.lineage import document_nodes, downward_tree, lineage, upward_tree
from vnpolicy.explore.options import parameter_options
from vnpolicy.explore.overview import counts, documents_per_parent, documents_per_province
from vnpolicy.explore.responsibility import duties_of_agency, reassigned_duties, responsibility_matrix
from vnpolicy.explore.search import SearchIndex
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.sparql.canned import Parameter, canned_queries, resolve_document, run_canned
from vnpolicy.store import EmbeddedStore
from vnpolicy.store.base import Store

SEARCHES = ("169", "169/QD-TTg", "so khoa hoc")
LANG = "vi"
BUSIEST_AGENCY = sparql_prefixes() + """
SELECT ?agency (COUNT(?duty) AS ?duties) WHERE { ?duty vnp:hasRoleAssignment/vnp:agency ?agency }
GROUP BY ?agency ORDER BY DESC(?duties) ?agency LIMIT 1"""


@dataclass
class Parameters:
    parent: str  # number of the national document with the most plans
    parent_iri: str
    parent_plans: int
    plan: str  # number of one plan implementing it
    plan_iri: str
    agency: str  # IRI of the agency with the most duties
    agency_duties: int
    month: str = "12"

    def describe(self) -> str:
        return (f"parent {self.parent} ({self.parent_plans} plans), plan {self.plan}, "
                f"agency {self.agency.rsplit('/', 2)[-2]}/{self.agency.rsplit('/', 1)[-1]} ({self.agency_duties} duties)")


def choose_parameters(store: Store) -> Parameters:
    busiest = max(documents_per_parent(store, LANG), key=lambda row: (row.plans, row.document))
    parent_iri = str(resolve_document(store, busiest.document))
    plans = run_canned(store, "plans-implementing", {"parent": busiest.document}).rows
    plan = next(row for row in plans if row.get("number") is not None)
    agency = store.select(BUSIEST_AGENCY).rows[0]
    return Parameters(busiest.document, parent_iri, busiest.plans, str(plan["number"]), str(plan["plan"]),
                      str(agency["agency"]), int(agency["duties"]))


class RecordingStore:
    """A store that remembers the last SPARQL it was asked, so rdflib can be asked the very same text."""

    def __init__(self, store: Store):
        self.store = store
        self.last = ""

    def select(self, sparql: str, row_limit: int | None = None, timeout: float | None = None):
        self.last = sparql
        return self.store.select(sparql, row_limit=row_limit, timeout=timeout)


def canned_parameters(params: Parameters, parents: set[str]) -> dict[str, dict[str, str]]:
    """Each canned question's parameters: a document whose example is a parent gets the busiest parent, else a plan."""
    chosen = {}
    for name, query in canned_queries().items():
        values = {}
        for parameter in query.parameters:
            if parameter.kind == "document":
                values[parameter.name] = params.parent if parameter.example in parents else params.plan
            elif parameter.kind == "agency":
                values[parameter.name] = params.agency
            elif parameter.kind == "month":
                values[parameter.name] = params.month
            else:
                values[parameter.name] = parameter.example
        chosen[name] = values
    return chosen


def measure(group: str, operation: str, path: Path, call: Callable[[Store], object], plan: Plan,
            note: str = "") -> tuple[Row, object]:
    try:
        store = EmbeddedStore(path, read_only=True)
    except Exception as error:  # noqa: BLE001 - the table says what failed
        return failed_row(group, operation, error), None
    try:
        return timed_row(group, operation, lambda: call(store), plan, note)
    except Exception as error:  # noqa: BLE001
        return failed_row(group, operation, error), None
    finally:
        store.close()


def canned_rows(path: Path, params: Parameters, plan: Plan) -> tuple[list[Row], dict[str, dict]]:
    """A row per canned question, and per question the SPARQL run and the rows it gave (for the rdflib side)."""
    store = EmbeddedStore(path, read_only=True)
    parents = {row.document for row in documents_per_parent(store, LANG)}
    store.close()
    rows, answers = [], {}
    for name, values in canned_parameters(params, parents).items():
        recorder: dict[str, RecordingStore] = {}

        def call(store: Store, name=name, values=values):
            recorder["store"] = RecordingStore(store)
            return run_canned(recorder["store"], name, values)

        shown = ", ".join(f"{key}={value.rsplit('/', 1)[-1] if value.startswith('http') else value}"
                          for key, value in values.items())
        row, table = measure("canned", name, path, call, plan, shown)
        rows.append(row)
        if table is not None:
            answers[name] = {"sparql": recorder["store"].last, "table": table}
    return rows, answers


def explorer_calls(params: Parameters) -> list[tuple[str, str, Callable[[Store], object]]]:
    """(page, call, function of the store): what each page asks the library for, as the page asks it."""
    def option(kind: str) -> Callable[[Store], object]:
        return lambda store: parameter_options(store, Parameter(kind, kind, "", "", ""))

    def compare_parents(store: Store) -> object:
        iris = parents_with_siblings(store)
        return document_nodes(store, set(iris), LANG)

    def compare_agency_types(store: Store) -> object:
        return agency_types(store, [plan.iri for plan in compare(store, params.parent_iri, LANG).plans])

    def lineage_trees(root: str) -> Callable[[Store], object]:
        def call(store: Store) -> object:
            lin = lineage(store, root, LANG)
            return upward_tree(lin), downward_tree(lin)
        return call

    return [
        ("overview", "counts", counts),
        ("overview", "documents per province", documents_per_province),
        ("overview", "documents per parent", lambda store: documents_per_parent(store, LANG)),
        ("document", f"load_document {params.plan}", lambda store: load_document(store, params.plan, LANG)),
        ("document", f"validation_status {params.plan}", lambda store: validation_status(store, params.plan_iri, LANG)),
        ("document", f"document_history {params.plan}", lambda store: document_history(store, params.plan_iri)),
        ("lineage", f"lineage down from {params.parent}", lineage_trees(params.parent_iri)),
        ("lineage", f"lineage up from {params.plan}", lineage_trees(params.plan_iri)),
        ("compare", "parent picker (parents with siblings)", compare_parents),
        ("compare", f"compare {params.parent}", lambda store: compare(store, params.parent_iri, LANG)),
        ("compare", f"agency types for {params.parent}", compare_agency_types),
        ("agencies", "responsibility matrix", lambda store: responsibility_matrix(store, LANG)),
        ("agencies", "duties of the busiest agency", lambda store: duties_of_agency(store, params.agency)),
        ("agencies", "reassigned duties (2025 reorganisation)", lambda store: reassigned_duties(store, LANG)),
        ("options", "document picker", option("document")),
        ("options", "agency picker", option("agency")),
        ("options", "province picker", option("province")),
        ("options", "agency-type picker", option("agency-type")),
    ]


def explorer_rows(path: Path, params: Parameters, plan: Plan) -> list[Row]:
    return [measure(f"page: {page}", name, path, call, plan)[0] for page, name, call in explorer_calls(params)]


def search_rows(path: Path, plan: Plan) -> list[Row]:
    """The search index built from the store (once per app process), then three searches on it, the store still open."""
    operation = "search index build (SearchIndex.from_store)"
    try:
        store = EmbeddedStore(path, read_only=True)
    except Exception as error:  # noqa: BLE001 - the table says what failed
        return [failed_row("search", operation, error)]
    try:
        row, index = timed_row("search", operation, lambda: SearchIndex.from_store(store), plan)
        row.note = f"{len(index):,} entries"
        rows = [row]
        for words in SEARCHES:
            found, hits = timed_row("search", f'search "{words}"', lambda words=words: index.search(words), plan)
            found.note = f"{len(hits)} hits"
            rows.append(found)
        return rows
    except Exception as error:  # noqa: BLE001
        return [failed_row("search", operation, error)]
    finally:
        store.close()
