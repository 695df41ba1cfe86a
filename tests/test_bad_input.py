"""Hostile and careless input: refused with one clear message, never stored, never sent anywhere.

IRIs an entry gives (its ``\\u`` escapes read) are IRIs or the entry is refused; an entry
describes its own document and its parts only; files in any encoding are read or refused
with the encoding named, never stored as mojibake; file names make IRI-safe graph names;
parameters and empty or cut texts get a message that says what is wrong.
"""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from example_bound import bounded
from hypothesis import given, settings
from hypothesis import strategies as st
from listener import ConnectionRecorder
from rdflib import Graph, Literal, URIRef

from vnpolicy.cli.main import main
from vnpolicy.errors import InputError
from vnpolicy.extract import extract_text
from vnpolicy.ingest.build import build
from vnpolicy.ingest.entry import IngestError, check_entry, read_entry, refuse_unusable_iris
from vnpolicy.iris import Minter, iri_problem
from vnpolicy.namespaces import ELI
from vnpolicy.read.legacy import encode_cp1258, encode_tcvn3, encode_vni
from vnpolicy.read.text import read_plain_text
from vnpolicy.sparql.binder import UnsafeTerm, term_text
from vnpolicy.store import EmbeddedStore

DATA = Path(__file__).resolve().parent / "data"
VALID_TTL = DATA / "valid-plan.ttl"
VALID_TXT = DATA / "valid-plan.txt"
SOURCES = Path(__file__).resolve().parent.parent / "graph" / "sources"
PLAN = "<eli/vn-dien-bien/kh/2021/12-kh-ubnd>"


@pytest.fixture
def listener():
    with ConnectionRecorder() as server:
        yield server


def forged_entry(tmp_path: Path, port: int, name: str = "forged.ttl") -> Path:
    """valid-plan.ttl plus an IRI whose \\u escapes, once read, would close it and call a SERVICE."""
    iri = rf"http://example.org/a\u003E ?p ?o }} SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }} #"
    path = tmp_path / name
    path.write_text(VALID_TTL.read_text(encoding="utf-8") + f"\n{PLAN} <http://www.w3.org/2000/01/rdf-schema#seeAlso> <{iri}> .\n",
                    encoding="utf-8")
    return path


# --- IRIs from a Turtle entry ------------------------------------------------------------------


def test_an_escaped_iri_that_would_end_itself_is_refused_by_the_library(listener, tmp_path, seed_store):
    path = forged_entry(tmp_path, listener.port)
    with pytest.raises(IngestError) as caught:
        check_entry(read_entry(path, seed_store), seed_store)
    message = str(caught.value)
    assert message.startswith(f"{path}:"), message
    assert "'>' (U+003E)" in message and r"\u003E" in message, message  # the IRI as written, and the character read
    assert listener.received == []


@pytest.mark.parametrize("command", [["validate"], ["ingest", "--check"], ["ingest"]])
def test_an_escaped_iri_is_refused_by_validate_and_ingest_and_nothing_is_sent(listener, tmp_path, store_path, command):
    path = forged_entry(tmp_path, listener.port)
    result = CliRunner().invoke(main, [*command, str(path), "--store", str(store_path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"{path}:" in result.output and "U+003E" in result.output and "not valid Turtle" in result.output
    assert "Conforms" not in result.output
    assert listener.received == []
    with EmbeddedStore(store_path, read_only=True) as store:
        assert Minter().graph("forged") not in store.graph_names()


@pytest.mark.parametrize("iri", ["http://x/a b", "http://x/a>b", "http://x/{", "http://x/\n", "http://x/a\u202eb", "no-scheme"])
def test_an_iri_no_rfc3987_iri_may_be_is_refused_even_past_the_parser(iri):
    """The parser refuses these already; the entry's own check does not depend on it."""
    graph = Graph()
    graph.add((URIRef("http://x/s"), URIRef("http://x/p"), URIRef(iri)))
    assert iri_problem(iri)
    with pytest.raises(IngestError) as caught:
        refuse_unusable_iris(Path("entry.ttl"), graph)
    assert str(caught.value).startswith("entry.ttl: not a usable IRI: <") and "\n" not in str(caught.value)


def test_the_binder_names_the_character_it_refuses():
    with pytest.raises(UnsafeTerm) as caught:
        term_text(URIRef("http://x/a>b"))
    assert "'>' (U+003E) at character 11" in str(caught.value)


def test_a_broken_prefix_is_reported_at_its_line_with_the_text_on_one_line(tmp_path):
    lines = VALID_TTL.read_text(encoding="utf-8").split("\n")
    prefix_line = next(i for i, line in enumerate(lines) if line.startswith("@prefix eli:"))
    lines[prefix_line] = lines[prefix_line].rstrip(" .").rstrip(">")  # the IRI is not closed
    path = tmp_path / "prefix.ttl"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_entry(path)
    assert caught.value.line == prefix_line + 1 and caught.value.column is not None
    assert "\n" not in str(caught.value) and "a line break (U+000A)" in str(caught.value)


# --- an entry describes its own document -------------------------------------------------------


def with_statement(tmp_path: Path, statement: str, name: str = "extra.ttl") -> Path:
    path = tmp_path / name
    path.write_text(VALID_TTL.read_text(encoding="utf-8") + "\n" + statement + "\n", encoding="utf-8")
    return path


def test_an_entry_cannot_give_a_national_document_a_second_title(tmp_path, store_path, seed_store):
    path = with_statement(tmp_path, '<eli/vn/qd/2021/169-qd-ttg> eli:title "Một tiêu đề khác"@vi .')
    with pytest.raises(IngestError) as caught:
        check_entry(read_entry(path, seed_store), seed_store)
    assert "eli:title" in str(caught.value) and "eli/vn/qd/2021/169-qd-ttg>" in str(caught.value)
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 2 and "an entry may only describe its own document" in result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        assert Minter().graph("extra") not in store.graph_names()
        assert not any((None, None, Literal("Một tiêu đề khác", lang="vi")) in store.graph(name) for name in store.graph_names())


def test_an_entry_cannot_relabel_an_agency_the_store_holds(tmp_path, seed_store):
    path = with_statement(tmp_path, '<agency/vn/thu-tuong-chinh-phu> skos:prefLabel "Cơ quan khác"@vi .')
    with pytest.raises(IngestError, match="agency/vn/thu-tuong-chinh-phu"):
        check_entry(read_entry(path, seed_store), seed_store)


def test_an_entry_may_repeat_the_store_and_introduce_new_nodes(tmp_path, seed_store):
    """valid-plan.ttl repeats the national decision's facts and brings agencies of its own: it conforms."""
    report = check_entry(read_entry(VALID_TTL, seed_store), seed_store)
    assert report.conforms


# --- text that is not what it seems -----------------------------------------------------------


def test_a_literal_keeps_no_byte_order_mark_and_a_turtle_file_may_start_with_one(tmp_path):
    path = tmp_path / "bom.ttl"
    text = VALID_TTL.read_text(encoding="utf-8").replace('"Số: 12/KH-UBND"', '"\ufeffSố: 12/KH-UBND"')
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    graph = read_entry(path).graph
    assert not any("\ufeff" in str(term) for triple in graph for term in triple)
    assert any(str(o) == "Số: 12/KH-UBND" for o in graph.objects())


def test_an_empty_file_is_said_to_be_empty(tmp_path, store_path):
    for content in (b"", b"\xef\xbb\xbf", b"  \n\n \t\n"):
        path = tmp_path / "empty.txt"
        path.write_bytes(content)
        result = CliRunner().invoke(main, ["ingest", "--check", str(path), "--store", str(store_path)])
        assert result.exit_code == 2, result.output
        assert f"{path}: the file is empty" in result.output
        assert "status: issued" not in result.output and "VIOLATION" not in result.output


def test_an_impossible_date_is_named_at_its_line(tmp_path, store_path):
    text = VALID_TXT.read_text(encoding="utf-8")
    assert "ngày 15 tháng 3 năm 2021" in text
    path = tmp_path / "feb.txt"
    path.write_text(text.replace("ngày 15 tháng 3 năm 2021", "ngày 31 tháng 02 năm 2021"), encoding="utf-8")
    line = next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "31 tháng 02" in line)
    result = CliRunner().invoke(main, ["validate", str(path), "--store", str(store_path)])
    assert result.exit_code == 1, result.output
    assert f"feb.txt:{line}" in result.output and "The date 31/02/2021 is impossible" in result.output
    assert "has no date" not in result.output


def test_a_turtle_date_error_is_placed_in_the_turtle_file(tmp_path, store_path):
    path = tmp_path / "feb.ttl"
    path.write_text(VALID_TTL.read_text(encoding="utf-8").replace('"2021-03-15"^^xsd:date', '"2021-02-31"^^xsd:date'),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path), "--store", str(store_path)])
    assert result.exit_code == 1, result.output
    assert "valid-plan.txt:1" not in result.output and "feb.ttl" in result.output
    assert "Traceback" not in result.output and "Failed to convert" not in result.output


# --- file names ---------------------------------------------------------------------------------


NAMES = ["my plan", "kế hoạch Điện Biên", 'a"b', "a>b", "plan#1", "plan?a=1"]


def test_build_takes_sources_named_with_spaces_quotes_and_brackets(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    seeds = sorted(SOURCES.glob("*.txt"))
    for seed, name in zip(seeds, NAMES, strict=False):
        shutil.copy(seed, sources / f"{name}.txt")
    with EmbeddedStore(tmp_path / "store") as store:
        report = build(store, Minter(), sources_dir=sources)
        names = {str(name) for name in store.graph_names()}
    assert len(report.sources) == len(seeds)
    graphs = {outcome.graph for outcome in report.sources}
    assert graphs <= names and len(graphs) == len(seeds)
    assert all(iri_problem(graph) is None and "#" not in graph and "?" not in graph for graph in graphs)
    assert Minter().base + "graph/my%20plan" in graphs


def test_graph_names_are_the_same_for_a_composed_and_a_decomposed_file_name():
    import unicodedata

    name = "kế hoạch Điện Biên"
    assert Minter().graph(unicodedata.normalize("NFD", name)) == Minter().graph(name)


@pytest.mark.parametrize("name", NAMES)
def test_validate_and_ingest_take_files_with_such_names(tmp_path, store_path, name):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(VALID_TXT.read_bytes())
    result = CliRunner().invoke(main, ["validate", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        written = [str(graph) for graph in store.graph_names() if str(graph).startswith(Minter().base + "graph/")]
    assert all(iri_problem(graph) is None and "#" not in graph and "?" not in graph for graph in written)


# --- parameters -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["http://x/ y", "http://x/>", "http://x/\u202e"])
def test_a_parameter_that_is_no_iri_gets_one_message(store_path, value):
    result = CliRunner().invoke(main, ["query", "plans-implementing", "--param", f"parent={value}", "--store", str(store_path)])
    assert result.exit_code == 2
    assert result.output.startswith("error: parameter 'parent': "), result.output
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert "Traceback" not in result.output and "does not look like a valid URI" not in result.output


# --- encodings ----------------------------------------------------------------------------------


def valid_text() -> str:
    return VALID_TXT.read_text(encoding="utf-8")


def header_and_body(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    cut = len(lines) // 3
    return "\n".join(lines[:cut]) + "\n", "\n".join(lines[cut:])


def test_a_web_copy_s_invisible_characters_are_named_read_past_and_never_stored(tmp_path, store_path):
    text = valid_text()
    pasted = text.replace("Số:", "Số:\u200b").replace("ngày", "\u200bngày").replace("/", "/\u2060").replace("QUYẾT", "QUY\u00adẾT")
    path = tmp_path / "pasted.txt"
    path.write_text(pasted, encoding="utf-8")
    read = read_plain_text(path, path.read_bytes())
    assert read.text == text
    note = next(note for note in read.notes if note.startswith("invisible characters"))
    assert "zero width space" in note and "word joiner" in note
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        graph = store.graph(Minter().graph("pasted"))
    assert extract_text(text, "clean.txt").date in {date.toPython() for date in graph.objects(None, ELI.date_document)}
    assert not any(char in str(term) for triple in graph for term in triple for char in "\u200b\u2060\u00ad")


ENCODED = {
    "utf-8-sig": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16": lambda text: text.encode("utf-16"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "windows-1258": encode_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_each_encoding_is_read_as_the_same_text(tmp_path, encoding):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(ENCODED[encoding](valid_text()))
    read = read_plain_text(path, path.read_bytes())
    assert "\ufeff" not in read.text
    assert read.text.replace("\r", "") == valid_text() or encoding == "tcvn3"  # TCVN3 loses some capitals (README)
    assert read.text.casefold() == valid_text().casefold()


def test_byte_order_marks_inside_the_text_are_dropped_and_never_stored(tmp_path, store_path):
    text = valid_text()
    header, body = header_and_body(text)
    path = tmp_path / "joined.txt"
    path.write_bytes(codecs.BOM_UTF8 + header.encode() + codecs.BOM_UTF8 + body.encode())
    read = read_plain_text(path, path.read_bytes())
    assert read.text == text and "invisible characters inside the text removed (byte-order mark: 1)" in read.notes
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        graph = store.graph(Minter().graph("joined"))
    assert len(graph) and not any("\ufeff" in str(term) for triple in graph for term in triple)


@pytest.mark.parametrize("encoding, label", [("vni", "VNI"), ("tcvn3", "TCVN3 (ABC)")])
def test_a_legacy_body_pasted_under_a_unicode_header_is_refused_with_its_encoding(tmp_path, store_path, encoding, label):
    """The body as a Unicode editor shows a legacy font's text (its bytes as Windows-1252 letters), saved as UTF-8."""
    header, body = header_and_body(valid_text())
    pasted = ENCODED[encoding](body).decode("cp1252", errors="replace")
    path = tmp_path / "pasted.txt"
    path.write_text(header + pasted, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_plain_text(path, path.read_bytes())
    assert f"is {label} shown as Unicode" in str(caught.value)
    assert caught.value.line is not None and caught.value.line <= header.count("\n") + 1
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 2 and f"{label} shown as Unicode" in result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        assert Minter().graph("pasted") not in store.graph_names()


@pytest.mark.parametrize("encoding, label", [("vni", "VNI"), ("tcvn3", "TCVN3 (ABC)"), ("windows-1258", "Windows-1258")])
def test_a_file_in_two_encodings_is_refused_naming_them(tmp_path, encoding, label):
    header, body = header_and_body(valid_text())
    path = tmp_path / "two.txt"
    path.write_bytes(header.encode("utf-8") + ENCODED[encoding](body))
    with pytest.raises(InputError) as caught:
        read_plain_text(path, path.read_bytes())
    assert f"are {label}, the others UTF-8" in str(caught.value)


def test_utf8_read_as_windows_1252_and_saved_again_is_refused(tmp_path):
    path = tmp_path / "twice.txt"
    path.write_text(valid_text().encode("utf-8").decode("cp1252", errors="replace"), encoding="utf-8")
    with pytest.raises(InputError, match="UTF-8 read as Windows-1252"):
        read_plain_text(path, path.read_bytes())


def test_no_bundled_or_test_text_is_taken_for_mojibake():
    files = sorted(SOURCES.glob("*.txt")) + sorted(DATA.rglob("*.txt"))
    assert len(files) > 40
    for path in files:
        read_plain_text(path, path.read_bytes())


# --- a text cut short, a section twice -----------------------------------------------------------


def test_a_plan_cut_short_gets_a_warning(tmp_path, store_path):
    lines = valid_text().split("\n")
    cut = next(number for number, line in enumerate(lines) if line.startswith("III."))
    path = tmp_path / "cut.txt"
    path.write_text("\n".join(lines[:cut + 3]), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--check", str(path), "--store", str(store_path)])
    document = read_entry(path).document
    assert any("the text seems cut short: no signature and no Nơi nhận" in w.message for w in document.warnings)
    assert "extractor warnings: 0" not in result.output
    assert not any("cut short" in w.message for w in read_entry(VALID_TXT).document.warnings)


def test_a_section_pasted_twice_gets_a_warning(tmp_path):
    lines = valid_text().split("\n")
    start = next(number for number, line in enumerate(lines) if line.startswith("II."))
    end = next(number for number, line in enumerate(lines) if line.startswith("III."))
    path = tmp_path / "twice.txt"
    path.write_text("\n".join(lines[:end] + lines[start:end] + lines[end:]), encoding="utf-8")
    warnings = [w for w in read_entry(path).document.warnings if "appears twice" in w.message]
    assert [w.line for w in warnings] == [end + 1]
    assert f"section II appears twice (lines {start + 1} and {end + 1})" in warnings[0].message
    assert not any("appears twice" in w.message for w in read_entry(VALID_TXT).document.warnings)


# --- build: all or nothing, with the source named -------------------------------------------------


@pytest.mark.parametrize("content, message", [
    (b"", "the file is empty"),
    ("\n".join(["Kế hoạch"] * 3).encode() + b"\n" + encode_vni("Kế hoạch thực hiện nhiệm vụ khoa học công nghệ " * 4),
     "one file in two encodings"),
])
def test_build_refuses_a_bad_source_by_name_and_writes_nothing(tmp_path, content, message):
    sources = tmp_path / "sources"
    sources.mkdir()
    for seed in sorted(SOURCES.glob("*.txt")):
        shutil.copy(seed, sources / seed.name)
    (sources / "my bad plan.txt").write_bytes(content)
    store_folder = tmp_path / "store"
    with EmbeddedStore(store_folder) as store:
        with pytest.raises(InputError) as caught:
            build(store, Minter(), sources_dir=sources)
        assert list(store.graph_names()) == []
    assert caught.value.file == str(sources / "my bad plan.txt") and message in caught.value.message


# --- messages that say what is wrong --------------------------------------------------------------


def test_a_turtle_error_gives_line_column_and_the_text_as_text(tmp_path):
    path = tmp_path / "words.ttl"
    path.write_text(VALID_TTL.read_text(encoding="utf-8").replace('eli:title "Thực', "eli:title Thực", 1), encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_entry(path)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "eli:title Thực" in text)
    assert (caught.value.line, caught.value.column) == (line, 15)
    assert "Thực is not a valid RDF object" in caught.value.message and "\\x" not in caught.value.message


def test_a_document_named_by_a_broken_iri_is_a_query_error_the_document_page_shows(seed_store):
    """The Document page shows a QueryError as a message (``?doc=`` in its address)."""
    from vnpolicy.errors import QueryError
    from vnpolicy.explore.document import load_document

    with pytest.raises(QueryError, match="parameter 'document': <http://x/ y> is not an IRI"):
        load_document(seed_store, "http://x/ y")


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_each_encoding_is_ingested_with_clean_labels(tmp_path, store_path, encoding):
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(ENCODED[encoding](valid_text()))
    result = CliRunner().invoke(main, ["ingest", "--check", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "issuer: Ủy ban nhân dân tỉnh Điện Biên" in result.output and "\ufeff" not in result.output


def test_an_entry_of_a_national_document_cannot_retitle_it(tmp_path, seed_store):
    """Made its own document (its only numbered one), the national decision is still described by another graph."""
    path = tmp_path / "national.ttl"
    path.write_text('@base <https://w3id.org/vnpolicy/id/> .\n@prefix eli: <http://data.europa.eu/eli/ontology#> .\n'
                    '<eli/vn/qd/2021/169-qd-ttg> eli:id_local "169/QĐ-TTg" ; eli:title "Một tiêu đề khác"@vi .\n',
                    encoding="utf-8")
    with pytest.raises(IngestError, match=r"adds eli:title .* to <https://w3id.org/vnpolicy/id/eli/vn/qd/2021/169-qd-ttg>"):
        check_entry(read_entry(path, seed_store), seed_store)


def test_a_corrected_turtle_entry_may_change_what_its_earlier_version_said(tmp_path, store_path):
    first = tmp_path / "mine.ttl"
    first.write_bytes(VALID_TTL.read_bytes())
    assert CliRunner().invoke(main, ["ingest", str(first), "--store", str(store_path)]).exit_code == 0
    first.write_text(VALID_TTL.read_text(encoding="utf-8").replace("Sở Tài chính tỉnh Điện Biên", "Sở Tài chính Điện Biên"),
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(first), "--store", str(store_path)])
    assert result.exit_code == 0, result.output


# --- properties ------------------------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202e", "\u2066"])
def test_a_file_name_holding_a_bidirectional_mark_gives_an_iri_safe_graph_name(mark):
    # RFC 3987 lets no IRI hold the bidirectional formatting marks, though they lie in its range of letters
    graph = str(Minter().graph(f"kế{mark}hoạch"))
    assert iri_problem(graph) is None
    assert graph.endswith("kế" + "".join(f"%{byte:02X}" for byte in mark.encode()) + "hoạch")


@settings(max_examples=500)
@given(st.text(max_size=60))
@bounded(30)
def test_any_file_name_gives_a_stable_iri_safe_graph_name(name):
    graph = str(Minter().graph(name))
    assert iri_problem(graph) is None and "#" not in graph and "?" not in graph
    assert graph == str(Minter().graph(name))


@settings(max_examples=500)
@given(st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda text: text.encode("utf-8")),
                 st.text(alphabet="Kế hoạchKÕho¹chđĐ ệ\n\ufeff", max_size=200).map(lambda text: text.encode("utf-8"))))
@bounded(30)
def test_any_bytes_read_as_text_or_refused_with_a_message(data):
    try:
        read = read_plain_text(Path("any.txt"), data)
    except InputError as error:
        assert error.file == "any.txt" and error.message
    else:
        assert "\ufeff" not in read.text


def test_a_document_of_unknown_type_gets_no_type_iri_of_no_type(tmp_path):
    # a copy naming its type nowhere: validation asks for the type; the graph never holds ".../doctype/"
    entry = tmp_path / "untyped.txt"
    entry.write_text("Nội dung như sau:\nThực hiện Quyết định số 76/QĐ-TTg ngày 15/7/2022 của Thủ tướng Chính phủ.\n"
                     "1. Tuyên truyền.\n", encoding="utf-8")
    graph = read_entry(entry).graph
    type_predicate = URIRef("http://data.europa.eu/eli/ontology#type_document")
    assert not [o for o in graph.objects(None, type_predicate) if str(o).endswith("/doctype/")]
