"""Reading an RDF file the project is given, without reaching the network.

Turtle and N-Triples name no other document to load. JSON-LD may: a string in
an ``@context`` (or a context's ``@import``) is the address of a context to
fetch, and rdflib's parser fetches it, with no way to stop it. So a JSON-LD
file is read as JSON first and every context it names is resolved here: a
relative reference or ``file:`` IRI to a file that exists on this machine is
read and put in its place (the project's own ``ontology/context.jsonld`` too);
anything else (``http:``, ``https:``, any other IRI) is refused with an
``InputError`` naming the file and the context, before the parser sees it.
Nothing is left for the parser to fetch.

RDF/XML is not a format the project reads from files; were it read, Python's
XML parser does not resolve external entities unless asked to.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

from rdflib import Graph

from vnpolicy.errors import InputError

CONTEXT = "@context"
IMPORT = "@import"
# How deep contexts may name contexts that name contexts: far more than a real file uses, and no loop.
NESTED_CONTEXT_LIMIT = 8


class RemoteContextError(InputError):
    """A JSON-LD file names a context that is not a file on this machine: it is never fetched."""


def parse_rdf_file(path: Path, rdf_format: str, graph: Graph | None = None) -> Graph:
    """The triples of the file ``path`` (rdflib format name ``rdf_format``) added to ``graph`` (a new one if None).

    A JSON-LD file's contexts are resolved locally first (see the module); rdflib's
    own errors are left to the caller, who knows how to name them.
    """
    path = Path(path)
    graph = Graph() if graph is None else graph
    if rdf_format in ("json-ld", "jsonld"):
        document = local_contexts(read_json(path), path, depth=0)
        return graph.parse(data=json.dumps(document), format="json-ld", base=path.resolve().as_uri())
    return graph.parse(path, format=rdf_format)


def read_json(path: Path):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read: {getattr(error, 'strerror', None) or error}", file=path) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg}", file=path, line=error.lineno, column=error.colno) from error


def local_contexts(value, path: Path, depth: int):
    """``value`` (parsed JSON) with every context reference replaced by the context it names, read from disk."""
    if isinstance(value, list):
        return [local_contexts(item, path, depth) for item in value]
    if not isinstance(value, dict):
        return value
    resolved = {}
    for key, item in value.items():
        if key == CONTEXT:
            resolved[key] = context_value(item, path, depth)
        elif key == IMPORT and isinstance(item, str):
            # JSON-LD 1.1: a context merging another one, given by its address.
            raise RemoteContextError(f"a JSON-LD @import is not followed: {item!r}; put the context inline", file=path)
        else:
            resolved[key] = local_contexts(item, path, depth)
    return resolved


def context_value(value, path: Path, depth: int):
    """An ``@context`` value with its references read: a string names a context document, a list mixes both."""
    if isinstance(value, str):
        return referenced_context(value, path, depth)
    if isinstance(value, list):
        return [context_value(item, path, depth) for item in value]
    return local_contexts(value, path, depth)


def referenced_context(reference: str, path: Path, depth: int):
    """The ``@context`` of the local file ``reference`` names (relative to ``path``'s folder); refused if not local."""
    if depth >= NESTED_CONTEXT_LIMIT:
        raise InputError(f"JSON-LD contexts nested more than {NESTED_CONTEXT_LIMIT} deep", file=path)
    target = local_file(reference, path)
    if target is None:
        raise RemoteContextError(f"the JSON-LD context {reference!r} is not a file on this machine and is never "
                                 "fetched; put the context inline or in a local file", file=path)
    document = read_json(target)
    if not isinstance(document, dict) or CONTEXT not in document:
        raise InputError(f"the JSON-LD context file {target} has no @context", file=path)
    return context_value(document[CONTEXT], target, depth + 1)


def local_file(reference: str, path: Path) -> Path | None:
    """The file a context reference names, if it is a relative reference or ``file:`` IRI of an existing file."""
    parts = urllib.parse.urlsplit(reference)
    if parts.scheme == "file" and parts.netloc in ("", "localhost"):
        candidate = Path(urllib.request.url2pathname(parts.path))
    elif not parts.scheme and not parts.netloc and parts.path and not parts.query:
        candidate = path.parent / urllib.parse.unquote(parts.path)
    else:
        return None
    return candidate if candidate.is_file() else None
