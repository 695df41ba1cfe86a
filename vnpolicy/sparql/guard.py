"""Checks on SPARQL a user typed: a read query, no federation, errors with a position.

The decision is taken on the parsed query, not on its text: rdflib's SPARQL 1.1
parser reads it, and the parse tree (and, where it can be built, the algebra)
is walked for every SERVICE pattern, however deeply nested (OPTIONAL, UNION,
subqueries, EXISTS). A text that does not parse as a query is refused: as an
update if it parses as one (or names an update's keyword), else as a syntax
error at its line and column. Syntax that Oxigraph reads but rdflib does not
(SPARQL 1.2: triple terms, ``VERSION``, directional language tags) is refused
too: what cannot be checked is not run.

The engine is not trusted with this alone: the query process that runs it
cannot open a network socket (``vnpolicy.store.query_worker``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from vnpolicy.errors import QueryError

# What may contain a keyword without being one (strings, IRIs, comments, names); longest alternatives first.
# Used only to word a refusal (which update keyword a text that does not parse names), never to allow.
_NOT_KEYWORDS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+"
    r"|[\w.-]*:[\w.%:-]*",
    re.UNICODE,
)
_WORD = re.compile(r"[A-Za-z_]+")

UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
GRAPH_FORMS = {"CONSTRUCT", "DESCRIBE"}

# A query longer than this is refused before parsing (a person types far less; the parser's time grows with it).
MAX_QUERY_CHARS = 200_000

_POSITION = re.compile(r"error at (\d+):(\d+)")
_FORM_OF_NODE = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}
# rdflib's names of update operations, as the keyword a person wrote.
_UPDATE_OF_NODE = {"InsertData": "INSERT", "DeleteData": "DELETE", "DeleteWhere": "DELETE", "Load": "LOAD",
                   "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE", "Copy": "COPY"}
SERVICE_REFUSED = "SERVICE (federated queries to other endpoints) is not allowed here"
NESTED_TOO_DEEP = "the query is nested too deeply to be checked"


@dataclass(frozen=True)
class CheckedQuery:
    """What the guard learnt of a query it let through."""

    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    has_dataset: bool = False  # FROM or FROM NAMED: the query names its own dataset
    default_graphs: tuple[str, ...] = ()  # the IRIs of FROM, where the algebra could be built
    named_graphs: tuple[str, ...] = ()  # the IRIs of FROM NAMED, likewise

    @property
    def returns_graph(self) -> bool:
        return self.form in GRAPH_FORMS


class QuerySyntaxError(QueryError):
    """The text does not parse as SPARQL 1.1 (rdflib's position, in the text as given)."""


def keywords(sparql: str) -> list[str]:
    """The bare words of a query, upper-cased, with literals, IRIs and names removed."""
    bare = _NOT_KEYWORDS.sub(" ", sparql)
    return [word.upper() for word in _WORD.findall(bare)]


def _nodes(value: object, depth: int = 0):
    """Every parse-tree node (CompValue) under ``value``: in values, lists and the parse results rdflib nests."""
    if depth > 400:
        raise QueryError(NESTED_TOO_DEEP)
    if isinstance(value, CompValue):
        yield value
        for item in value.values():
            yield from _nodes(item, depth + 1)
    elif isinstance(value, (list, tuple)) or type(value).__name__ == "ParseResults":
        for item in value:
            yield from _nodes(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _nodes(item, depth + 1)


def _has_service(tree: object) -> bool:
    return any(node.name == "ServiceGraphPattern" for node in _nodes(tree))


def _update_words(text: str) -> list[str] | None:
    """The operations of ``text`` if it parses as a SPARQL update, else None."""
    try:
        request = parseUpdate(text).request
    except (ParseBaseException, RecursionError, ValueError, TypeError):
        return None
    if not request:  # an empty text, or only a prologue, parses as an update of no operations
        return None
    words = set()
    for operation in request:
        if operation.name == "Modify":
            words |= {word for word, part in (("DELETE", "delete"), ("INSERT", "insert")) if dict.get(operation, part)}
        else:
            words.add(_UPDATE_OF_NODE.get(operation.name, operation.name.upper()))
    return sorted(words) or ["UPDATE"]


def _refuse_unparsed(text: str, error: ParseBaseException) -> QueryError:
    """Why a text that is not a SPARQL 1.1 query is refused, in the words a person needs."""
    updates = _update_words(text) or sorted(set(keywords(text)) & UPDATE_KEYWORDS)
    if updates:
        return QueryError(f"only read queries are allowed here; found {', '.join(updates)}")
    if not set(keywords(text)) & QUERY_FORMS:
        return QueryError("not a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    found = error.line[error.col - 1:error.col + 19].strip() if error.line else ""
    near = f" near {found!r}" if found else ""
    return QuerySyntaxError(f"SPARQL syntax error at line {error.lineno}, column {error.col}{near}",
                            error.lineno, error.col)


def check_read_only(sparql: str) -> CheckedQuery:
    """Parse ``sparql``; raise ``QueryError`` unless it is a read query without SERVICE anywhere.

    Prefixes need not be declared (the caller may add its own): only the
    structure is judged. A syntax error is a ``QuerySyntaxError`` located in
    ``sparql`` as given.
    """
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS:,} characters")
    try:
        tree = parseQuery(sparql)
    except ParseBaseException as error:
        raise _refuse_unparsed(sparql, error) from None
    except RecursionError:
        raise QueryError(NESTED_TOO_DEEP) from None
    query = tree[1]
    if _has_service(tree):
        raise QueryError(SERVICE_REFUSED)
    form = _FORM_OF_NODE.get(query.name)
    if form is None:  # rdflib parsed something that is no query form: refuse what is not understood
        raise QueryError("not a query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    # CompValue.get answers a missing key with the key itself: dict.get says "absent" plainly.
    checked = CheckedQuery(form=form, has_dataset=bool(dict.get(query, "datasetClause")))
    algebra = _algebra(tree)
    if algebra is not None and checked.has_dataset:
        clauses = dict.get(algebra, "datasetClause") or []
        checked = replace(checked, default_graphs=tuple(str(c["default"]) for c in clauses if "default" in c),
                          named_graphs=tuple(str(c["named"]) for c in clauses if "named" in c))
    return checked


def _algebra(tree: object) -> CompValue | None:
    """The algebra too, where it can be built: a second reading of the same parse, walked for SERVICE.

    It cannot be built for a query with an undeclared prefix (the engine then
    refuses the query itself); the parse tree has already been judged.
    """
    try:
        algebra = translateQuery(tree).algebra
    except RecursionError:
        raise QueryError(NESTED_TOO_DEEP) from None
    except Exception:  # noqa: BLE001 - an algebra rdflib cannot build is judged on the parse tree alone
        return None
    if _has_service(algebra):
        raise QueryError(SERVICE_REFUSED)
    return algebra


def syntax_error_position(message: str) -> tuple[int | None, int | None]:
    """(line, column) from an Oxigraph-style message "error at 3:14: ..."."""
    match = _POSITION.search(message)
    if match:
        return int(match.group(1)), int(match.group(2))
    return None, None
