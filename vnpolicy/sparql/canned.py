"""The canned queries in ``queries/*.rq``: loading, parameter binding, running.

Each file starts with a header of ``# key: value`` lines::

    # title@vi: Các kế hoạch thực hiện một văn bản
    # title@en: Plans that implement a document
    # question@vi: ...
    # question@en: ...
    # param: parent | document | Văn bản cấp trên | Parent document | 169/QĐ-TTg

A parameter line gives the variable name, its kind, its labels (vi, en) and an
example. Parameters are bound with a ``VALUES`` block of RDF terms serialised
by rdflib, never pasted into the query text, so a value cannot change the
query. A ``document`` parameter is resolved first from the number as written
("169/QĐ-TTg") to the document's IRI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from vnpolicy.errors import QueryError
from vnpolicy.iris import iri_problem, shown
from vnpolicy.namespaces import sparql_prefixes
from vnpolicy.settings import QUERY_DIR
from vnpolicy.sparql.binder import bind
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.results import ResultTable

if TYPE_CHECKING:  # the store runs these queries; this package only writes them
    from vnpolicy.store.base import Store

PARAM_KINDS = {"document", "agency", "text", "month", "province", "agency-type"}

_HEADER_LINE = re.compile(r"^#\s*([\w@-]+)\s*:\s*(.*)$")


class UnknownQuery(QueryError):  # noqa: N818 - named for what is missing
    """No canned query of that name."""


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    label_vi: str
    label_en: str
    example: str

    def label(self, lang: str) -> str:
        return self.label_vi if lang == "vi" else self.label_en


@dataclass
class CannedQuery:
    name: str
    text: str
    titles: dict[str, str]
    questions: dict[str, str]
    parameters: list[Parameter] = field(default_factory=list)
    chart: str | None = None  # "bar" when the result is numeric and worth a chart

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles["en"]

    def question(self, lang: str) -> str:
        return self.questions.get(lang) or self.questions["en"]


def _parse_parameter(value: str, path: Path) -> Parameter:
    parts = [part.strip() for part in value.split("|")]
    if len(parts) != 5 or parts[1] not in PARAM_KINDS:
        raise ValueError(f"{path}: a param line needs 'name | kind | label vi | label en | example' with kind in {sorted(PARAM_KINDS)}")
    return Parameter(*parts)


def parse_query_file(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    titles: dict[str, str] = {}
    questions: dict[str, str] = {}
    parameters: list[Parameter] = []
    chart = None
    for line in text.splitlines():
        match = _HEADER_LINE.match(line)
        if not match:
            if line.strip() and not line.startswith("#"):
                break  # the header ends at the first line of SPARQL
            continue
        key, value = match.group(1), match.group(2).strip()
        if key.startswith("title@"):
            titles[key.split("@")[1]] = value
        elif key.startswith("question@"):
            questions[key.split("@")[1]] = value
        elif key == "param":
            parameters.append(_parse_parameter(value, path))
        elif key == "chart":
            chart = value
    for lang in ("vi", "en"):
        if lang not in titles or lang not in questions:
            raise ValueError(f"{path}: the header needs title@{lang} and question@{lang}")
    return CannedQuery(path.stem, text, titles, questions, parameters, chart)


@lru_cache(maxsize=1)
def _load_all(directory: str) -> dict[str, CannedQuery]:
    return {path.stem: parse_query_file(path) for path in sorted(Path(directory).glob("*.rq"))}


def canned_queries(directory: Path = QUERY_DIR) -> dict[str, CannedQuery]:
    """Every canned query, by name, in name order."""
    return _load_all(str(directory))


def get_query(name: str, directory: Path = QUERY_DIR) -> CannedQuery:
    queries = canned_queries(directory)
    if name not in queries:
        raise UnknownQuery(f"no canned query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


class ParameterError(QueryError):
    """A parameter's value that cannot be what its kind asks for (an IRI with a space, a month 13)."""


def iri_value(value: str, name: str = "document") -> URIRef:
    """``value`` as an IRI, or ``ParameterError`` saying why it cannot be one (checked before rdflib sees it)."""
    problem = iri_problem(value)
    if problem:
        raise ParameterError(f"parameter {name!r}: <{shown(value)}> is not an IRI: it {problem}")
    return URIRef(value)


def names_an_iri(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def resolve_document(store: Store, value: str, name: str = "document") -> URIRef:
    """The IRI of the document numbered ``value`` ("169/QĐ-TTg"), or named by its IRI."""
    value = value.strip()
    if names_an_iri(value):
        return iri_value(value, name)
    table = store.select(bind(load_query(__file__, "document-by-number"), {"number": Literal(value)}))
    if not table.rows:
        raise QueryError(f"no document numbered {value!r} in the graph")
    return table.rows[0]["doc"]


def bind_parameter(store: Store, parameter: Parameter, value: str) -> Identifier:
    if parameter.kind == "document":
        return resolve_document(store, value, parameter.name)
    if parameter.kind in {"agency", "province", "agency-type"} and names_an_iri(value.strip()):
        return iri_value(value.strip(), parameter.name)
    if parameter.kind == "month":
        if not (value.strip().isascii() and value.strip().isdigit()) or not 1 <= int(value) <= 12:
            raise ParameterError(f"parameter {parameter.name!r}: a month number from 1 to 12, not {shown(value)!r}")
        return Literal(int(value))
    return Literal(value)


def run_canned(
    store: Store, name: str, params: dict[str, str] | None = None, row_limit: int | None = None
) -> ResultTable:
    """Run the canned query ``name`` with its parameters bound."""
    query = get_query(name)
    params = dict(params or {})
    unknown = set(params) - {parameter.name for parameter in query.parameters}
    if unknown:
        raise QueryError(f"query {name!r} has no parameter {', '.join(sorted(unknown))}")
    bindings = {}
    for parameter in query.parameters:
        if parameter.name not in params:
            raise QueryError(f"query {name!r} needs --param {parameter.name}=VALUE (e.g. {parameter.example})")
        bindings[parameter.name] = bind_parameter(store, parameter, params[parameter.name])
    return store.select(bind(sparql_prefixes() + query.text, bindings), row_limit=row_limit)
