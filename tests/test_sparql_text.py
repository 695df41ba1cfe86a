"""No SPARQL is built from values in Python: queries live in .rq files and values go in through the binder.

The source is read with ``ast``, so a query split over many lines, or an
f-string nested in a call, is seen as the one string it is. A string counts
as SPARQL when its literal text holds an upper-case SPARQL keyword; it is
built from values when it is an f-string with a replacement field, the left
side of ``%``, the receiver of ``.format`` or ``.join``, or a part of a ``+``
whose other part is not a literal. A whole query kept as a constant in Python
(a query form, a group and a variable) is reported too: it belongs in a .rq
file beside its module.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SOURCES = sorted((PROJECT_DIR / "vnpolicy").rglob("*.py")) + [PROJECT_DIR / "app.py"]

KEYWORDS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "VALUES", "FILTER", "GRAPH", "INSERT", "DELETE", "DROP",
            "PREFIX", "OPTIONAL", "BIND", "UNION")
_KEYWORD = re.compile(r"\b(?:" + "|".join(KEYWORDS) + r")\b")

# The places allowed to write SPARQL text from values (file, function), each with the reason.
# The side index and the verdict cache are SQLite files: their statements read like SPARQL to the checks below.
SQLITE = "SQL for SQLite, not SPARQL: the names formatted in are the module's own table names; every value goes in as a ? parameter"
EXCEPTIONS = {
    ("vnpolicy/namespaces.py", "sparql_prefixes"):
        "writes the PREFIX lines from the project's own constant namespaces (PREFIXES), never from input",
    ("vnpolicy/sparql/binder.py", "values_block"):
        "the binder itself: writes the VALUES block of terms that term_text serialised and checked",
    ("vnpolicy/sparql/update.py", "replace_graph_update"):
        "a graph replacement must be ONE transaction (DROP GRAPH; INSERT DATA), which no pyoxigraph API and no "
        "VALUES block gives; every term in it is serialised by pyoxigraph, which refuses invalid IRIs",
    ("vnpolicy/store/index/side.py", "_drop_all"): SQLITE,
    ("vnpolicy/store/index/side.py", "rebuild"): SQLITE,
    ("vnpolicy/store/index/side.py", "_delete"): SQLITE,
    ("vnpolicy/store/index/side.py", "entries_matching"): SQLITE,
    ("vnpolicy/validate/verdicts.py", "clear"): SQLITE,
    ("vnpolicy/validate/verdicts.py", "readers"): SQLITE,
    ("vnpolicy/validate/verdicts.py", "forget"): SQLITE,
    ("vnpolicy/sparql/plain_errors.py", "_undeclared_prefix"):
        "an error message for a person, naming the PREFIX line they could add; it is shown, never run",
}


# Query texts allowed to stay in Python (file, name of the constant or function), each with the reason.
QUERY_TEXT_EXCEPTIONS = {
    ("vnpolicy/app/query_page.py", "DEFAULT_SPARQL"):
        "the text the SPARQL editor opens with, for a person to change; the code never runs it by itself",
}
_QUERY_FORM = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b")


@dataclass(frozen=True)
class Finding:
    path: str
    function: str  # the innermost enclosing function ("" at module level)
    line: int
    how: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} in {self.function or '<module>'}: SPARQL built with {self.how}"


def literal_text(node: ast.AST) -> str | None:
    """The literal text of a string constant or of an f-string's fixed parts; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str))
    return None


def is_sparql(node: ast.AST) -> bool:
    text = literal_text(node)
    return text is not None and _KEYWORD.search(text) is not None


def _addends(node: ast.AST) -> list[ast.AST]:
    """The operands of a chain of ``+``: ``a + b + c`` -> [a, b, c]."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _addends(node.left) + _addends(node.right)
    return [node]


def _how(node: ast.AST) -> str | None:
    """How ``node`` builds SPARQL text from values, or None if it does not."""
    if isinstance(node, ast.JoinedStr) and is_sparql(node) and any(isinstance(v, ast.FormattedValue) for v in node.values):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and is_sparql(node.left):
        return "% formatting"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = _addends(node)
        if any(is_sparql(part) for part in parts) and not all(isinstance(part, ast.Constant) for part in parts):
            return "string concatenation"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "format" and is_sparql(node.func.value):
            return ".format"
        if node.func.attr == "join" and (is_sparql(node.func.value) or any(_holds_sparql(arg) for arg in node.args)):
            return ".join"
    return None


def _holds_sparql(node: ast.AST) -> bool:
    return any(is_sparql(child) for child in ast.walk(node))


class _Checker(ast.NodeVisitor):
    def __init__(self, path: str):
        self.path = path
        self.functions: list[str] = []
        self.findings: list[Finding] = []
        self._inside: set[int] = set()  # nodes already reported as part of a larger expression

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = _function  # noqa: N815 - ast.NodeVisitor's names

    def generic_visit(self, node: ast.AST) -> None:
        how = None if id(node) in self._inside else _how(node)
        if how:
            self.findings.append(Finding(self.path, self.functions[-1] if self.functions else "", node.lineno, how))
            self._inside.update(id(child) for child in ast.walk(node))
        super().generic_visit(node)


def findings_in(source: str, path: str = "<source>") -> list[Finding]:
    checker = _Checker(path)
    checker.visit(ast.parse(source))
    return checker.findings


def project_findings() -> list[Finding]:
    found = []
    for path in SOURCES:
        found += findings_in(path.read_text(encoding="utf-8"), path.relative_to(PROJECT_DIR).as_posix())
    return found


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def _owner(tree: ast.AST, target: ast.AST) -> str:
    """The name a query text is kept under: the constant assigned, else the enclosing function."""
    owner = ""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(n is target for n in ast.walk(node)):
            owner = owner or node.name
        if isinstance(node, ast.Assign) and any(n is target for n in ast.walk(node.value)):
            return ", ".join(t.id for t in node.targets if isinstance(t, ast.Name)) or owner
    return owner


def query_texts_in(source: str, path: str = "<source>") -> list[Finding]:
    """Whole queries kept as string constants (docstrings apart): a query form, a group and a variable."""
    tree = ast.parse(source)
    skipped = _docstrings(tree) | {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    found = []
    for node in ast.walk(tree):
        text = literal_text(node) if id(node) not in skipped else None
        if text and _QUERY_FORM.search(text) and "{" in text and re.search(r"[?$]\w", text):
            found.append(Finding(path, _owner(tree, node), node.lineno, "a query kept in Python"))
    return found


def test_no_sparql_is_built_from_values_outside_the_listed_exceptions():
    unexpected = [str(f) for f in project_findings() if (f.path, f.function) not in EXCEPTIONS]
    assert unexpected == [], "\n".join(["queries belong in queries/*.rq, values go in with vnpolicy.sparql.binder.bind:"]
                                       + unexpected)


def test_every_exception_is_still_needed():
    """An exception whose code no longer builds SPARQL is removed from the list, so the list stays the minimum."""
    used = {(f.path, f.function) for f in project_findings()}
    assert set(EXCEPTIONS) - used == set()


def test_no_query_text_is_kept_in_python():
    found = []
    for path in SOURCES:
        found += query_texts_in(path.read_text(encoding="utf-8"), path.relative_to(PROJECT_DIR).as_posix())
    unexpected = [str(f) for f in found if (f.path, f.function) not in QUERY_TEXT_EXCEPTIONS]
    assert unexpected == [], "\n".join(["queries belong in queries/*.rq beside their module:"] + unexpected)
    assert {(f.path, f.function) for f in found} == set(QUERY_TEXT_EXCEPTIONS)


@pytest.mark.parametrize("source, how", [
    ('def q(lang):\n    return f"""\nSELECT ?t WHERE {{\n  ?d eli:title ?t FILTER(LANG(?t) = "{lang}")\n}}"""', "an f-string"),
    ('def q(iri):\n    return "DROP SILENT GRAPH <%s>" % iri', "% formatting"),
    ('def q(iri):\n    return "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <{}> { ?s ?p ?o } }".format(iri)', ".format"),
    ('def q(iri):\n    return "SELECT * WHERE { <" + iri + "> ?p ?o }"', "string concatenation"),
    ('def q(head, body):\n    return head + "\\nOPTIONAL { " + body + " }"', "string concatenation"),
    ('def q(rows):\n    return " UNION ".join(rows)', ".join"),
    ('def q(rows):\n    return "".join(["VALUES ?x { ", rows, " }"])', ".join"),
])
def test_the_checker_sees_each_way_of_building_sparql(source, how):
    assert [f.how for f in findings_in(source)] == [how]


@pytest.mark.parametrize("source", [
    'QUERY = """\nSELECT ?t WHERE {\n  ?d eli:title ?t\n}"""',  # a constant query
    'QUERY = "SELECT ?t " + "WHERE { ?d eli:title ?t }"',  # constants joined: still a constant
    'def message(name):\n    return f"no canned query named {name!r}"',  # an f-string that is no SPARQL
    'def message(path):\n    return f"cannot read the graph in {path}: select another file"',  # lower-case prose
])
def test_the_checker_leaves_constants_and_prose_alone(source):
    assert findings_in(source) == []


def test_a_query_kept_as_a_constant_is_seen_and_a_message_is_not():
    source = ('NODES = """\nSELECT ?doc ?title WHERE {\n  ?doc eli:title ?title\n}"""\n'
              'ERROR = "only SELECT and ASK queries return a table; use CONSTRUCT for graphs"\n')
    assert [(f.function, f.line) for f in query_texts_in(source)] == [("NODES", 1)]
