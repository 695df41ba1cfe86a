"""Why a typed query cannot run, in plain Vietnamese and English, at the line and column to look at.

The parsers say what their grammar expected (``expected one of Prefix not
found, ['%'] ...``), which a legal analyst cannot act on. This module looks at
the text itself for the usual slips (a prefix never declared, a brace or a
quote left open, a word where a triple should be) and words each as advice, at
the position the editor marks. Messages that are already plain (a time limit,
an update refused) are translated; anything else keeps the checker's own words
after a plain sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.errors import QueryError
from vnpolicy.namespaces import PREFIX_IRIS
from vnpolicy.sparql.guard import SERVICE_REFUSED, UPDATE_KEYWORDS, QuerySyntaxError, check_read_only

# The pieces of a query where a brace, a colon or a keyword is not one: strings, IRIs, comments, variables.
_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r"|(?P<open_string>[\"'])"
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<variable>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)"
    r"|(?P<prefixed>(?<![\w.-])(?P<prefix>[A-Za-z][\w.-]*)?:[\w.%:-]*)"
    r"|(?P<bracket>[{}()\[\]])"
    r"|(?P<word>[A-Za-z_]+)",
    re.UNICODE,
)
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_PAIRS = {"}": "{", ")": "(", "]": "["}
_TIME_LIMIT = re.compile(r"took longer than ([\d.]+) s|past its time limit")


@dataclass(frozen=True)
class PlainError:
    """An error in both languages, with the 1-based line and column it is at (None when it has no place)."""

    vi: str
    en: str
    line: int | None = None
    column: int | None = None

    def message(self, lang: str) -> str:
        text = self.vi if lang == "vi" else self.en
        if self.line is None:
            return text
        where = f"Dòng {self.line}, cột {self.column}" if lang == "vi" else f"Line {self.line}, column {self.column}"
        return f"{where}: {text}"

    def annotation(self, lang: str) -> dict[str, object]:
        """The error as the editor marks it in its gutter (0-based row and column)."""
        return {"row": (self.line or 1) - 1, "column": (self.column or 1) - 1, "type": "error",
                "text": self.vi if lang == "vi" else self.en}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    line: int
    column: int
    prefix: str | None = None


def _tokens(text: str) -> list[_Token]:
    tokens = []
    line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    line = 0
    for match in _TOKEN.finditer(text):
        while line + 1 < len(line_starts) and line_starts[line + 1] <= match.start():
            line += 1
        tokens.append(_Token(match.lastgroup if match.lastgroup != "prefix" else "prefixed", match.group(0), line + 1,
                             match.start() - line_starts[line] + 1, match.group("prefix")))
    return tokens


def _undeclared_prefix(text: str, tokens: list[_Token]) -> PlainError | None:
    declared = set(PREFIX_IRIS) | {name or "" for name in _DECLARED.findall(text)}
    for token in tokens:
        if token.kind == "prefixed" and (token.prefix or "") not in declared and token.prefix != "_":
            name = f"{token.prefix or ''}:"
            known = ", ".join(f"{prefix}:" for prefix in list(PREFIX_IRIS)[:6]) + ", …"
            return PlainError(
                f"tiền tố “{name}” chưa được khai báo. Dùng một tiền tố có sẵn ({known}) "
                f"hoặc thêm dòng “PREFIX {name} <IRI>” ở đầu truy vấn.",
                f"the prefix “{name}” is not declared. Use one of the prefixes already declared ({known}) "
                f"or add a line “PREFIX {name} <IRI>” at the top of the query.",
                token.line, token.column)
    return None


def _open_string(tokens: list[_Token]) -> PlainError | None:
    for token in tokens:
        if token.kind == "open_string":
            return PlainError(f"chuỗi mở bằng dấu {token.text} ở đây chưa được đóng (thiếu dấu {token.text} thứ hai "
                              "trên cùng dòng).",
                              f"the string opened by {token.text} here is not closed (the second {token.text} "
                              "is missing on the same line).", token.line, token.column)
    return None


def _unbalanced(tokens: list[_Token]) -> PlainError | None:
    stack: list[_Token] = []
    for token in (token for token in tokens if token.kind == "bracket"):
        if token.text in _PAIRS.values():
            stack.append(token)
        elif stack and stack[-1].text != _PAIRS[token.text]:
            return _unclosed(stack[-1])  # "( ... }": the "(" is the one left open
        elif not stack:
            return PlainError(f"dấu “{token.text}” này không có dấu “{_PAIRS[token.text]}” mở tương ứng.",
                              f"this “{token.text}” has no matching “{_PAIRS[token.text]}” before it.",
                              token.line, token.column)
        else:
            stack.pop()
    return _unclosed(stack[-1]) if stack else None


def _unclosed(token: _Token) -> PlainError:
    closing = {opening: closing for closing, opening in _PAIRS.items()}[token.text]
    return PlainError(f"dấu “{token.text}” mở ở đây chưa được đóng: thiếu dấu “{closing}”.",
                      f"the “{token.text}” opened here is never closed: a “{closing}” is missing.",
                      token.line, token.column)


def _first_word(tokens: list[_Token], words: set[str]) -> _Token | None:
    return next((token for token in tokens if token.kind == "word" and token.text.upper() in words), None)


def _near(text: str, line: int, column: int) -> str:
    lines = text.splitlines() or [""]
    rest = lines[min(line, len(lines)) - 1][column - 1:].strip()
    return rest.split()[0][:30] if rest else ""


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(previous) + 1 for previous in lines[:line - 1]) + column - 1


def _missing_full_stop(text: str, line: int, column: int, near: str) -> PlainError | None:
    """A triple pattern that starts where the last one did not end: the full stop between them is missing."""
    before = text[:_offset(text, line, column)].rstrip()
    if not before or before[-1] in ".;,{([" or not re.match(r"[?$<]|[A-Za-z][\w.-]*:", near):
        return None
    last_line = before.count("\n") + 1
    last = before.split()[-1][-30:]
    return PlainError(f"thiếu dấu chấm “.” sau “{last}” (dòng {last_line}) trước mẫu bộ ba bắt đầu bằng “{near}”.",
                      f"a full stop “.” is missing after “{last}” (line {last_line}) before the triple pattern "
                      f"starting with “{near}”.", line, column)


def _short_pattern(text: str, line: int, column: int) -> PlainError | None:
    """A triple pattern with a subject and a property but no value (or only a subject) before its end."""
    rest = text[_offset(text, line, column):]
    end = re.search(r"[.}]", rest)
    terms = _tokens(rest[:end.start()] if end else rest)
    words = [token for token in terms if token.kind in {"variable", "prefixed", "iri", "string", "word"}]
    if not words or terms[0].kind not in {"variable", "prefixed", "iri"} or len(words) > 2:
        return None
    if len(words) == 2:
        return PlainError(f"mẫu bộ ba bắt đầu bằng “{words[0].text}” thiếu giá trị sau thuộc tính “{words[1].text}”.",
                          f"the triple pattern starting with “{words[0].text}” has no value after its property "
                          f"“{words[1].text}”.", line, column)
    return PlainError(f"mẫu bộ ba bắt đầu bằng “{words[0].text}” thiếu thuộc tính và giá trị.",
                      f"the triple pattern starting with “{words[0].text}” has no property and no value.", line, column)


def _syntax(text: str, tokens: list[_Token], line: int, column: int) -> PlainError:
    """A grammar error at (line, column): the usual slips first, else where the reading stopped."""
    found = _open_string(tokens) or _unbalanced(tokens)
    if found:
        return found
    near = _near(text, line, column)
    if not near:
        return PlainError("truy vấn kết thúc giữa chừng: thiếu phần còn lại của mẫu (ví dụ dấu “}”).",
                          "the query ends too early: the rest of a pattern is missing (a “}”, for example).",
                          line, column)
    found = _missing_full_stop(text, line, column, near) or _short_pattern(text, line, column)
    if found:
        return found
    return PlainError(
        f"không đọc được truy vấn từ “{near}”. Kiểm tra: mỗi mẫu bộ ba đủ chủ thể, thuộc tính và giá trị; dấu chấm "
        "“.” giữa hai mẫu; dấu “;” hoặc “,” trước thuộc tính hay giá trị tiếp theo; biến bắt đầu bằng “?”; "
        "từ khoá viết đúng.",
        f"the query cannot be read from “{near}” on. Check: each triple pattern has a subject, a property and a value; "
        "a full stop “.” between two patterns; a “;” or “,” before the next property or value; variables start with "
        "“?”; keywords are spelt correctly.",
        line, column)


def _checker_position(text: str) -> tuple[int, int] | None:
    """Where the guard's parser stopped: the start of the construct it could not read.

    Oxigraph names the point where its last attempt gave up, often a few words
    on (the end of a FILTER, the middle of the next name), so the guard's place
    is the one shown when it has one.
    """
    try:
        check_read_only(text)
    except QuerySyntaxError as error:
        return (error.line, error.column) if error.line is not None else None
    except QueryError:
        return None
    return None


def explain(text: str, error: QueryError) -> PlainError:
    """``error`` (from the guard or the store, about ``text``) in plain words, placed where the editor should mark it."""
    message = str(error)
    tokens = _tokens(text)
    if message.startswith("only read queries"):
        where = _first_word(tokens, UPDATE_KEYWORDS)
        return PlainError("chỉ được chạy truy vấn đọc (SELECT, ASK, CONSTRUCT, DESCRIBE); truy vấn thay đổi dữ liệu "
                          "(INSERT, DELETE, ...) bị từ chối.",
                          "only read queries (SELECT, ASK, CONSTRUCT, DESCRIBE) may run here; a query that changes "
                          "data (INSERT, DELETE, ...) is refused.", *((where.line, where.column) if where else ()))
    if message.startswith("not a query"):
        return PlainError("đây chưa phải một truy vấn: cần có SELECT, ASK, CONSTRUCT hoặc DESCRIBE.",
                          "this is not a query yet: it needs SELECT, ASK, CONSTRUCT or DESCRIBE.", 1, 1)
    if message == SERVICE_REFUSED:
        where = _first_word(tokens, {"SERVICE"})
        return PlainError("không được dùng SERVICE (truy vấn sang máy chủ khác) ở đây.",
                          "SERVICE (a query sent to another server) is not allowed here.",
                          *((where.line, where.column) if where else ()))
    timed_out = _TIME_LIMIT.search(message)
    if timed_out:
        return PlainError("truy vấn chạy quá giới hạn thời gian nên đã bị dừng; thêm LIMIT, thu hẹp mẫu, "
                          "hoặc tăng giới hạn thời gian.",
                          "the query ran past its time limit and was stopped; add LIMIT, narrow the pattern, "
                          "or raise the time limit.")
    undeclared = _undeclared_prefix(text, tokens)
    if undeclared:
        return undeclared
    if error.line is not None:
        return _syntax(text, tokens, *(_checker_position(text) or (error.line, error.column or 1)))
    return PlainError(f"truy vấn không chạy được ({message}).", f"the query could not run ({message}).")


def check_text(text: str) -> PlainError | None:
    """What is wrong with ``text`` before it runs (the guard's reading and the prefixes it uses), or None."""
    if not text.strip():
        return None
    try:
        check_read_only(text)
    except QueryError as error:
        return explain(text, error)
    return _undeclared_prefix(text, _tokens(text))
