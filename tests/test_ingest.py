"""The new-entry path: what fails validation or parsing leaves the store byte for byte unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from commandline import run_vnpolicy
from rdflib import Graph, URIRef
from test_validation_library import CASES, VALID_PLAN, broken_graph

from vnpolicy.cli.main import main
from vnpolicy.ingest.entry import IngestError, ingest, read_entry
from vnpolicy.iris import Minter
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.records import Records
from vnpolicy.settings import records_path
from vnpolicy.sparql.binder import iri_is_safe
from vnpolicy.store import EmbeddedStore

SOURCES = Path(__file__).resolve().parent.parent / "graph" / "sources"
HAI_PHONG = SOURCES / "001_e28ba1087141c19c.txt"


def sorted_nquads(path: Path) -> list[bytes]:
    with EmbeddedStore(path, read_only=True) as store:
        return sorted(store.nquads().splitlines())


def snapshot(path: Path) -> tuple:
    """The store's content as sorted N-Quads, and its graph names.

    The folder's files are not compared: RocksDB rewrites its tables and logs
    on every writable open, even when nothing is written.
    """
    quads = sorted_nquads(path)
    return quads, sorted({line.rsplit(b" ", 2)[-2] for line in quads})


def write_case(name: str, folder: Path) -> Path:
    case = next(case for case in CASES if case.path.stem == name)
    path = folder / f"{name}.ttl"
    broken_graph(case).serialize(path, format="turtle")
    return path


def test_an_entry_with_a_violation_is_rejected_and_nothing_changes(store_path, tmp_path):
    before = snapshot(store_path)
    entry = write_case("duty-without-lead-agency", tmp_path)
    with EmbeddedStore(store_path) as store:
        outcome = ingest(entry, store)
    assert outcome.rejected and not outcome.written
    assert snapshot(store_path) == before


def test_another_text_of_a_document_already_stored_is_rejected(store_path, tmp_path):
    """163/KH-UBND of Hải Phòng of 12/7/2021 again, from another file: two primary texts of one document."""
    before = snapshot(store_path)
    text = HAI_PHONG.read_text(encoding="utf-8").replace("Lê Khắc Nam", "Nguyễn Văn B")
    clash = tmp_path / "163-again.txt"
    clash.write_text(text, encoding="utf-8")
    with EmbeddedStore(store_path) as store:
        outcome = ingest(clash, store)
    fired = {result.source_shape.split("#")[-1] for result in outcome.report.results}
    assert outcome.rejected and "OneSourceTextShape" in fired
    assert snapshot(store_path) == before


def test_the_same_number_a_year_later_is_another_document(store_path, tmp_path):
    """Numbers restart every year (NĐ 30/2020): 163/KH-UBND of 2022 does not clash with that of 2021."""
    text = HAI_PHONG.read_text(encoding="utf-8")
    assert "ngày 12 tháng 7 năm 2021" in text
    later = tmp_path / "163-of-2022.txt"
    later.write_text(text.replace("ngày 12 tháng 7 năm 2021", "ngày 12 tháng 7 năm 2022"), encoding="utf-8")
    with EmbeddedStore(store_path) as store:
        outcome = ingest(later, store, write=False)
    fired = {result.source_shape.split("#")[-1] for result in outcome.report.results}
    assert "UniqueNumberShape" not in fired and "OneSourceTextShape" not in fired
    assert not outcome.rejected


@pytest.mark.parametrize("content", [b"<a> <b> .", b"\xff\xfe not utf-8", b""])
def test_an_unreadable_turtle_file_raises_and_nothing_changes(store_path, tmp_path, content):
    before = snapshot(store_path)
    bad = tmp_path / "bad.ttl"
    bad.write_bytes(content)
    with EmbeddedStore(store_path) as store, pytest.raises(IngestError, match="bad.ttl"):
        ingest(bad, store)
    assert snapshot(store_path) == before


def test_check_writes_nothing_even_when_valid(store_path):
    before = snapshot(store_path)
    with EmbeddedStore(store_path) as store:
        outcome = ingest(VALID_PLAN, store, write=False)
    assert not outcome.rejected and not outcome.written
    assert snapshot(store_path) == before


def test_a_valid_entry_is_written_as_its_own_graph(store_path):
    with EmbeddedStore(store_path) as store:
        outcome = ingest(VALID_PLAN, store)
        assert outcome.written and not outcome.replaced
        assert graph_digest(store.graph(outcome.entry.graph_name)) == graph_digest(outcome.entry.graph)
        assert outcome.entry.graph_name == Minter().graph("valid-plan")


def test_reingesting_a_corrected_version_replaces_that_graph(store_path, tmp_path):
    draft = write_case("draft-without-number", tmp_path)
    corrected = tmp_path / "corrected" / draft.name
    corrected.parent.mkdir()
    shutil.copy(VALID_PLAN, corrected)
    with EmbeddedStore(store_path) as store:
        first = ingest(draft, store)
        assert first.written and first.report.results  # a warning does not block
        second = ingest(corrected, store)
        assert second.written and second.replaced and second.report.conforms
        stored = store.graph(first.entry.graph_name)
    assert graph_digest(stored) == graph_digest(Graph().parse(VALID_PLAN))


def test_reingesting_a_seed_source_is_checked_against_the_rest_of_the_store(store_path):
    """The source's own graph is left out of the context: it is not a duplicate of itself."""
    with EmbeddedStore(store_path) as store:
        outcome = ingest(HAI_PHONG, store, write=False)
    assert not outcome.rejected, [r.message("en") for r in outcome.report.results]


def test_cli_ingest_rejects_with_exit_1_and_unchanged_store(store_path, tmp_path):
    before = snapshot(store_path)
    entry = write_case("issued-without-date", tmp_path)
    result = CliRunner().invoke(main, ["ingest", str(entry), "--store", str(store_path)])
    assert result.exit_code == 1
    assert "Rejected: the entry has violations; nothing was written." in result.output
    assert snapshot(store_path) == before


def test_cli_ingest_unreadable_exits_2(store_path, tmp_path):
    """A broken PDF, and a format no reader takes: each exits 2 and says why."""
    bad = tmp_path / "plan.pdf"
    bad.write_bytes(b"%PDF")
    result = CliRunner().invoke(main, ["ingest", str(bad), "--store", str(store_path)])
    assert result.exit_code == 2
    assert "unreadable: " in result.output
    unknown = tmp_path / "plan.odt"
    unknown.write_bytes(b"PK")
    result = CliRunner().invoke(main, ["ingest", str(unknown), "--store", str(store_path)])
    assert result.exit_code == 2
    assert "give a plan as " in result.output and ".txt" in result.output and "or a graph as .ttl" in result.output


def test_cli_ingest_check_shows_what_was_read(store_path):
    result = CliRunner().invoke(main, ["ingest", str(HAI_PHONG), "--check", "--store", str(store_path), "--lang", "vi"])
    assert result.exit_code == 0, result.output
    assert "số, ký hiệu: 163/KH-UBND" in result.output
    assert "Kiểm tra xong: có thể ghi (chưa ghi gì)." in result.output


AMENDING_RESOLUTION = Path(__file__).parent / "data" / "amending-resolution.txt"  # amends one, replaces another


@pytest.mark.parametrize("lang, shown, warned", [
    ("vi", ["sửa đổi, bổ sung: 64/2019/NQ-HĐND", "thay thế, bãi bỏ: 30/2018/NQ-HĐND", "Cảnh báo khi đọc:"],
     "văn bản mà trích yếu sửa đổi"),
    ("en", ["amends: 64/2019/NQ-HĐND", "repeals: 30/2018/NQ-HĐND", "Reader warnings:"], "the document the title amends"),
])
def test_cli_ingest_check_lists_what_the_entry_changes_and_each_reader_warning_in_the_chosen_language(
        store_path, lang, shown, warned):
    # the steward sees why the reader chose the parent (a warning with its line), not only how many warnings there were
    result = CliRunner().invoke(main, ["ingest", str(AMENDING_RESOLUTION), "--check", "--store", str(store_path), "--lang", lang])
    assert result.exit_code == 0, result.output
    for line in shown:
        assert line in result.output
    warning = next(line for line in result.output.splitlines() if warned in line)
    assert "64/2019/NQ-HĐND" in warning and ("dòng " if lang == "vi" else "line ") in warning


@pytest.mark.parametrize("data, name", [(VALID_PLAN, "my plan.ttl"), (VALID_PLAN.with_suffix(".txt"), "my plan.txt")])
def test_ingest_my_plan_with_a_space_in_its_file_name(store_path, tmp_path, data, name):
    """Bug: the graph named after "my plan.txt" was not an IRI, and the entry's context query failed on it."""
    path = tmp_path / name
    path.write_bytes(data.read_bytes())
    result = CliRunner().invoke(main, ["ingest", str(path), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    graph_name = Minter().base + "graph/my%20plan"
    assert f"Written: added graph {graph_name}" in result.output
    with EmbeddedStore(store_path, read_only=True) as store:
        assert URIRef(graph_name) in store.graph_names()


def test_graph_names_from_file_names_are_iri_safe_and_stable():
    minter = Minter()
    seed_stems = [path.stem for path in SOURCES.glob("*.txt")] + ["reference", "ontology"]
    assert seed_stems and all(minter.graph(stem) == URIRef(f"{minter.base}graph/{stem}") for stem in seed_stems)
    assert minter.graph("my plan") == URIRef(f"{minter.base}graph/my%20plan")
    assert minter.graph("kế hoạch <2>#1") == URIRef(f"{minter.base}graph/kế%20hoạch%20%3C2%3E%231")
    names = ["my plan", "my%20plan", "a/b", "a%2Fb", "x?y", 'q"{|}^`\\']
    graphs = [minter.graph(name) for name in names]
    assert len(set(graphs)) == len(names), "two file names gave one graph"
    assert all(iri_is_safe(str(graph)) for graph in graphs)
    assert graphs == [minter.graph(name) for name in names]


def test_a_broken_turtle_entry_names_its_file_line_and_column(tmp_path):
    """The third triple's object is followed by a stray name, ``ex:f``: line 3, column 23 (10 characters
    before the literal, 11 in it, one space). Columns count characters, not UTF-8 bytes ("Điện" has 4, in 7 bytes)."""
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n'
                   'ex:a ex:b ex:c .\n'
                   'ex:d ex:e "Điện Biên" ex:f .\n', encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_entry(bad)
    assert (caught.value.file, caught.value.line, caught.value.column) == (str(bad), 3, 23)
    assert str(caught.value).startswith(f"{bad}:3:23: not valid Turtle: ")


def test_cli_ingests_a_folder_with_a_progress_bar_a_table_and_exit_codes(store_path, tmp_path):
    """Several files in one command: a bad file does not stop the others, and nothing of it is stored."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(VALID_PLAN.with_suffix(".txt"), folder / "a-valid-plan.txt")
    rejected = write_case("duty-without-lead-agency", folder)
    (folder / "notes.md").write_text("not an entry: left alone", encoding="utf-8")
    before = snapshot(store_path)
    result = run_vnpolicy("ingest", str(folder), "--store", str(store_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "100%" in result.stderr and "2/2" in result.stderr, "a progress bar over the two entry files"
    table = result.stdout.split("\n-", 1)[1]
    assert "a-valid-plan.txt" in table and "12/KH-UBND" in table and "accepted v1" in table
    assert f"{rejected} " in table and "rejected: " in table
    records = Records(records_path(store=store_path), Minter().base)
    assert [record.manifest.label for record in records.records()] == ["12/KH-UBND"], "nothing of the rejected file kept"
    graphs = snapshot(store_path)[1]
    assert set(graphs) - set(before[1]) == {f"<{Minter().graph('a-valid-plan')}>".encode()}

    (folder / "broken.ttl").write_bytes(b"<a> <b> .")
    again = run_vnpolicy("ingest", str(folder), "--store", str(store_path), "--lang", "en")
    assert again.returncode == 2, "a file that could not be read outweighs a rejected one"
    lines = {line.split()[0]: line for line in again.stdout.splitlines() if line.startswith(str(folder))}
    assert "unreadable: " in lines[str(folder / "broken.ttl")]
    assert "unchanged (already 12/KH-UBND v1)" in lines[str(folder / "a-valid-plan.txt")]
    assert "rejected: " in lines[str(rejected)]
    assert snapshot(store_path)[1] == graphs, "nothing of the broken file stored"

    alone = run_vnpolicy("ingest", str(folder / "a-valid-plan.txt"), "--store", str(store_path))
    assert alone.returncode == 0 and "Unchanged: 12/KH-UBND v1 already has this file" in alone.stdout
