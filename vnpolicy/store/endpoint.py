"""A remote SPARQL 1.1 server as the store.

Queries go through SPARQLWrapper (SPARQL 1.1 Protocol, results as SPARQL JSON,
graphs as N-Triples); writes go either through SPARQL 1.1 Update, as ONE request
``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`` (written by
``vnpolicy.sparql.update``; atomic on servers that run an update request as one
transaction, as Oxigraph, Fuseki and GraphDB do), or, when a Graph Store Protocol URL is configured, as one HTTP ``PUT`` of
the graph in N-Triples (the protocol defines PUT as "replace the graph").

The server MUST answer queries over the union of its named graphs as the
default graph, as the embedded store does: Oxigraph with
``oxigraph serve --union-default-graph``, Fuseki/TDB2 with
``tdb2:unionDefaultGraph true``; Virtuoso and RDF4J/GraphDB do so by default.

Credentials come from the environment only (``VNPOLICY_ENDPOINT_USER``,
``VNPOLICY_ENDPOINT_PASSWORD``) and are sent as HTTP Basic authentication. They
are kept out of ``repr``, logs and error messages: every message this module
raises is passed through ``Credentials.redact`` first.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Mapping

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from SPARQLWrapper import BASIC, POST, POSTDIRECTLY, SPARQLExceptions, SPARQLWrapper

from vnpolicy import __version__
from vnpolicy.sparql.binder import UnsafeTerm, bind, iri_is_safe
from vnpolicy.sparql.guard import CheckedQuery, check_read_only
from vnpolicy.sparql.query_files import load_query
from vnpolicy.sparql.results import GraphResult, ResultLimits, table_from_json, table_values
from vnpolicy.sparql.terms import from_oxigraph
from vnpolicy.sparql.update import replace_graph_update
from vnpolicy.store.base import QueryError, ResultTable, Store, StoreError
from vnpolicy.store.embedded import locate_syntax_error

USER_ENV = "VNPOLICY_ENDPOINT_USER"
PASSWORD_ENV = "VNPOLICY_ENDPOINT_PASSWORD"
# The SQLite file of the side index (``vnpolicy.store.index``) of the endpoint; unset: in memory, rebuilt at each open.
INDEX_ENV = "VNPOLICY_ENDPOINT_INDEX"

# Requests with no time limit of their own (writes, listing graphs) still give up
# eventually, so that a server that stopped answering cannot hang a build forever.
DEFAULT_REQUEST_TIMEOUT = 300.0
READ_CHUNK = 1 << 16
MESSAGE_LIMIT = 300
USER_AGENT = f"vnpolicy/{__version__}"
RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9"
SPARQL_RESULTS_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Credentials:
    """HTTP Basic credentials. ``repr`` never shows the password."""

    user: str
    password: str = field(repr=False)

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> "Credentials | None":
        environ = os.environ if environ is None else environ
        user, password = environ.get(USER_ENV), environ.get(PASSWORD_ENV)
        if not user and not password:
            return None
        if not user or not password:
            raise StoreError(f"set both {USER_ENV} and {PASSWORD_ENV}, or neither")
        return cls(user, password)

    def authorization(self) -> str:
        token = base64.b64encode(f"{self.user}:{self.password}".encode("utf-8")).decode("ascii")
        return f"Basic {token}"

    def redact(self, message: str) -> str:
        """``message`` with the password, the Basic token and the user:password pair blanked out."""
        secrets = [self.authorization().split(" ", 1)[1], f"{self.user}:{self.password}", self.password]
        for secret in secrets:
            message = message.replace(secret, "***")
        return message


def check_iri(name: URIRef) -> str:
    """``name`` as text that is safe between ``<`` and ``>`` in SPARQL."""
    text = str(name)
    if not text or not iri_is_safe(text):
        raise StoreError(f"not a usable graph IRI: {text!r}")
    return text


def first_line(data: bytes | str | None, limit: int = MESSAGE_LIMIT) -> str:
    """The first non-empty line of a server's error body, cut to ``limit`` characters."""
    if data is None:
        return ""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def read_body(response, deadline: float | None, on_late: Exception, max_bytes: int | None = None,
              on_large: Exception | None = None) -> bytes:
    """Read a whole HTTP response, giving up (raising ``on_late``) once ``deadline`` passes.

    The socket timeout alone bounds each wait, not the whole transfer: a server
    streaming rows slowly would otherwise keep the caller past its time limit.
    An answer past ``max_bytes`` is dropped (raising ``on_large``) as it arrives.
    """
    chunks, size = [], 0
    while True:
        chunk = response.read(READ_CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            response.close()
            raise on_large
        if deadline is not None and time.monotonic() > deadline:
            response.close()
            raise on_late


def is_timeout(error: BaseException) -> bool:
    if isinstance(error, (socket.timeout, TimeoutError)):
        return True
    return isinstance(error, urllib.error.URLError) and isinstance(error.reason, (socket.timeout, TimeoutError))


def parse_rdf(body: bytes, content_type: str | None) -> Graph:
    """A CONSTRUCT answer (N-Triples or Turtle, by its media type) as an rdflib graph.

    pyoxigraph parses; it is many times faster than rdflib on large graphs.
    """
    media_type = (content_type or "application/n-triples").split(";")[0].strip()
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None:
        raise StoreError(f"the server answered a graph query with {media_type!r}, not N-Triples or Turtle")
    graph = Graph()
    try:
        for triple in ox.parse(body, format=rdf_format):
            graph.add((from_oxigraph(triple.subject), from_oxigraph(triple.predicate), from_oxigraph(triple.object)))
    except SyntaxError as error:
        raise StoreError(f"the server sent a graph that does not parse: {error}") from error
    return graph


class EndpointStore(Store):
    """A SPARQL 1.1 server: a query URL, and for writing an update URL or a Graph Store Protocol URL."""

    def __init__(self, query_url: str, update_url: str | None = None, graph_store_url: str | None = None,
                 credentials: Credentials | None = None):
        self.query_url = query_url
        self.update_url = update_url
        self.graph_store_url = graph_store_url
        self._credentials = credentials

    def __repr__(self) -> str:
        return f"EndpointStore(query_url={self.query_url!r}, update_url={self.update_url!r}, graph_store_url={self.graph_store_url!r})"

    # -- errors ---------------------------------------------------------------

    def _redact(self, message: str) -> str:
        return self._credentials.redact(message) if self._credentials else message

    def _store_error(self, what: str, error: BaseException) -> StoreError:
        """A StoreError that says what failed and why, in one line, without credentials."""
        if isinstance(error, SPARQLExceptions.SPARQLWrapperException):
            reason = f"{type(error).__name__}: {first_line(wrapper_response(error)) or error.msg}"
        elif isinstance(error, urllib.error.HTTPError):
            reason = f"HTTP {error.code} {error.reason}: {first_line(_error_body(error))}".rstrip(": ")
        elif isinstance(error, urllib.error.URLError):
            reason = str(error.reason)
        else:
            reason = f"{type(error).__name__}: {error}"
        return StoreError(self._redact(f"{what}: {reason}"))

    # -- queries --------------------------------------------------------------

    def _wrapper(self, sparql: str, query_type: str, accept: str, timeout: float | None,
                 dataset: CheckedQuery | None = None) -> SPARQLWrapper:
        wrapper = SPARQLWrapper(self.query_url, agent=USER_AGENT)
        wrapper.setQuery(sparql)
        if dataset is not None:  # FROM and FROM NAMED as protocol parameters too: a union-default-graph server ignores them in the text
            for iri in dataset.default_graphs:
                wrapper.addDefaultGraph(iri)
            for iri in dataset.named_graphs:
                wrapper.addNamedGraph(iri)
        # Always sent as a query to the query URL, whatever SPARQLWrapper guesses from
        # the text: a "DROP ..." passed to select() must fail, never reach an update URL.
        wrapper.queryType = query_type
        wrapper.setMethod(POST)  # long queries do not fit in a URL
        # The Accept header alone chooses the format: SPARQLWrapper's format=... parameters make Virtuoso answer 406.
        wrapper.setOnlyConneg(True)
        wrapper.addCustomHttpHeader("Accept", accept)
        # setTimeout() truncates to whole seconds (0.5 s would become "no limit").
        wrapper.timeout = timeout if timeout is not None else DEFAULT_REQUEST_TIMEOUT
        if self._credentials:
            wrapper.setHTTPAuth(BASIC)
            wrapper.setCredentials(self._credentials.user, self._credentials.password)
        return wrapper

    def _run_query(self, sparql: str, query_type: str, accept: str, timeout: float | None,
                   limits: ResultLimits | None = None, dataset: CheckedQuery | None = None) -> tuple[bytes, str | None]:
        """Send one query; the raw answer and its media type (at most ``limits.max_bytes`` of it, when given)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        too_slow = QueryError(f"the query took longer than {timeout:g} s and was stopped" if timeout else "the query timed out")
        wrapper = self._wrapper(sparql, query_type, accept, timeout, dataset)
        try:
            response = wrapper.query().response
            if limits is None:
                body = read_body(response, deadline, too_slow)
            else:  # a JSON or N-Triples answer is a little larger than its values: the cap is on the answer
                body = read_body(response, deadline, too_slow, 2 * limits.max_bytes, QueryError(limits.too_large()))
        except QueryError:
            raise
        except SPARQLExceptions.QueryBadFormed as error:
            raise QueryError(self._redact(f"the server rejected the query: {first_line(wrapper_response(error))}")) from error
        except Exception as error:  # socket, HTTP and SPARQLWrapper errors alike: one clear line
            if is_timeout(error):
                raise too_slow from error
            raise self._store_error(f"query to {self.query_url} failed", error) from error
        return body, response.headers.get("Content-Type")

    def select(self, sparql: str, row_limit: int | None = None, timeout: float | None = None) -> ResultTable:
        body, _ = self._run_query(sparql, "SELECT", SPARQL_RESULTS_JSON, timeout)
        return table_from_body(body, row_limit)

    def construct(self, sparql: str, timeout: float | None = None) -> Graph:
        body, content_type = self._run_query(sparql, "CONSTRUCT", RDF_ACCEPT, timeout)
        return parse_rdf(body, content_type)

    def user_query(self, sparql: str, row_limit: int | None = None, timeout: float | None = None,
                   limits: ResultLimits | None = None) -> ResultTable | GraphResult:
        """A person's query: checked here, before it is sent, for the server would make any SERVICE call itself.

        A query with FROM or FROM NAMED is sent with the same graphs as protocol
        parameters (``default-graph-uri``, ``named-graph-uri``), which a server
        answering over the union of its graphs honours where it ignores the text's.
        """
        checked = check_read_only(sparql)
        limits = limits or ResultLimits()
        if checked.returns_graph:
            body, content_type = self._run_query(sparql, "CONSTRUCT", RDF_ACCEPT, timeout, limits, checked)
            result = first_triples(parse_rdf(body, content_type), row_limit)
            oversized = limits.oversized(result.values())
        else:
            body, _ = self._run_query(sparql, "SELECT", SPARQL_RESULTS_JSON, timeout, limits, checked)
            result = table_from_body(body, row_limit)
            oversized = limits.oversized(table_values(result))
        if oversized:
            raise QueryError(oversized)
        return result

    def locate_syntax_error(self, sparql: str) -> QueryError | None:
        return locate_syntax_error(sparql)  # asked of a local engine with no network: the text is not sent

    # -- writes ---------------------------------------------------------------

    def _update(self, update: str, what: str) -> None:
        if not self.update_url:
            raise StoreError("this endpoint is read-only here: writing needs --update-endpoint or --graph-store")
        wrapper = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        wrapper.setQuery(update)
        wrapper.queryType = "INSERT"  # an update, whatever the first keyword is
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(POSTDIRECTLY)  # the body is the update itself, not URL-encoded
        wrapper.timeout = DEFAULT_REQUEST_TIMEOUT
        if self._credentials:
            wrapper.setHTTPAuth(BASIC)
            wrapper.setCredentials(self._credentials.user, self._credentials.password)
        try:
            wrapper.query().response.read()
        except Exception as error:
            raise self._store_error(f"{what} at {self.update_url} failed", error) from error

    def _graph_store_request(self, method: str, name: str, body: bytes | None, what: str,
                             missing_ok: bool = False) -> None:
        url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph': name})}"
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("User-Agent", USER_AGENT)
        if body is not None:
            request.add_header("Content-Type", "application/n-triples")
        if self._credentials:
            request.add_header("Authorization", self._credentials.authorization())
        try:
            with urllib.request.urlopen(request, timeout=DEFAULT_REQUEST_TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as error:
            if not (missing_ok and error.code == 404):
                raise self._store_error(f"{what} at {self.graph_store_url} failed", error) from error
        except Exception as error:
            raise self._store_error(f"{what} at {self.graph_store_url} failed", error) from error

    def replace_graph(self, name: URIRef, graph: Graph) -> None:
        iri = check_iri(name)
        # the request is written before anything else is done: a graph that is not RDF is refused here
        if self.graph_store_url:
            body = graph.serialize(format="nt").encode("utf-8")
        else:
            update = _update_text(name, graph)
        index = self._before_write(name)
        if self.graph_store_url:
            self._graph_store_request("PUT", iri, body, f"writing graph {iri}")
        else:
            self._update(update, f"writing graph {iri}")
        self._after_write(index, name)

    def drop_graph(self, name: URIRef) -> None:
        iri = check_iri(name)
        index = self._before_write(name)
        if self.graph_store_url:
            self._graph_store_request("DELETE", iri, None, f"dropping graph {iri}", missing_ok=True)
        else:
            self._update(_update_text(name, Graph()), f"dropping graph {iri}")
        self._after_write(index, name)

    def index_location(self) -> str:
        """The side index (``vnpolicy.store.index``): the file named by ``VNPOLICY_ENDPOINT_INDEX``, else in memory."""
        return os.environ.get(INDEX_ENV) or ":memory:"

    # -- reading whole graphs -------------------------------------------------

    def graph_names(self) -> list[URIRef]:
        rows = self.select(load_query(__file__, "graph-names")).rows
        if any(not isinstance(row.get("g"), URIRef) for row in rows):  # an empty GRAPH pattern some servers do not read
            rows = self.select(load_query(__file__, "graph-names-by-quads")).rows
        return sorted(row["g"] for row in rows if isinstance(row.get("g"), URIRef))

    def graph(self, name: URIRef) -> Graph:
        iri = check_iri(name)
        return self.construct(bind(load_query(__file__, "graph-triples"), {"g": URIRef(iri)}))

    def dataset(self) -> Dataset:
        dataset = Dataset()
        for name in self.graph_names():
            target = dataset.graph(name)
            for triple in self.graph(name):
                target.add(triple)
        return dataset

    def triple_count(self) -> int:
        table = self.select(load_query(__file__, "quad-count"))
        return int(table.rows[0]["n"]) if table.rows else 0

    def generation(self) -> str:
        """The graph names and the quad count, hashed: two cheap queries, and no file a server would have to keep.

        A server keeps no change stamp of ours, so this is a likeness, not a
        record of writes: replacing a graph by one of the same size is not seen.
        """
        names = "\n".join(str(name) for name in self.graph_names())
        return hashlib.sha256(f"{names}\n{self.triple_count()}".encode("utf-8")).hexdigest()[:16]


def _update_text(name: URIRef, graph: Graph) -> str:
    """The one update that replaces graph ``name`` with ``graph`` (empty: drops it); a term that is not valid RDF is a StoreError."""
    try:
        return replace_graph_update(name, graph)
    except UnsafeTerm as error:
        raise StoreError(str(error)) from error


def first_triples(graph: Graph, row_limit: int | None) -> GraphResult:
    """At most ``row_limit`` triples of ``graph`` (the first in sorted order), marked truncated if more existed."""
    if row_limit is None or len(graph) <= row_limit:
        return GraphResult(graph)
    kept = Graph()
    for triple in sorted(graph)[:row_limit]:
        kept.add(triple)
    return GraphResult(kept, truncated=True)


def table_from_body(body: bytes, row_limit: int | None) -> ResultTable:
    try:
        document = json.loads(body)
    except ValueError as error:
        raise QueryError("the server did not answer with SPARQL JSON results (is this a SELECT or ASK query?)") from error
    return table_from_json(document, row_limit)


def wrapper_response(error: SPARQLExceptions.SPARQLWrapperException) -> bytes:
    """The server's answer that SPARQLWrapper folded into its exception's message (as a bytes repr)."""
    message = str(error)
    marker = "Response:\n"
    if marker not in message:
        return b""
    try:
        body = ast.literal_eval(message.split(marker, 1)[1])
    except (ValueError, SyntaxError):
        return b""
    return body if isinstance(body, bytes) else b""


def _error_body(error: urllib.error.HTTPError) -> bytes:
    try:
        return error.read()
    except Exception:  # noqa: BLE001 - the body is only a help for the message
        return b""
