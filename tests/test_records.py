"""The system of record: accepted entries are kept with every version, survive ``build``, and rebuild a store.

The data-loss cases of the steward's path, each through the real ``vnpolicy`` command:
an ingested plan survives the next build; a corrected text is a new version, and the
first can be restored; a copy of the records folder builds the same store.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from commandline import run_vnpolicy
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from test_validation_library import VALID_PLAN_TEXT

from vnpolicy.explore.history import document_history, rendition_lines
from vnpolicy.ingest.build import build
from vnpolicy.ingest.entry import Verdict, ingest
from vnpolicy.ingest.restore import restore
from vnpolicy.iris import Minter
from vnpolicy.namespaces import PROV, VNP
from vnpolicy.rdf.digest import graph_digest
from vnpolicy.rdf.versions import HEADER_FIELDS, HEADER_FIELDS_VI, version_iri
from vnpolicy.records import Records, RecordsError
from vnpolicy.records.folder import GRAPH_FILE, MANIFEST, README, NewVersion
from vnpolicy.settings import records_path
from vnpolicy.store import EmbeddedStore

SEEDS = json.loads((Path(__file__).resolve().parent / "seeds.json").read_text(encoding="utf-8"))
STRATEGY = "169/QĐ-TTg"
PLAN_NUMBER = "12/KH-UBND"
PLAN = URIRef(Minter().base + "eli/vn-dien-bien/kh/2021/12-kh-ubnd")
PLAN_GRAPH = Minter().graph("valid-plan")


@pytest.fixture
def records(tmp_path) -> Records:
    return Records(tmp_path / "records", Minter().base)


def corrected_plan(folder: Path, name: str = "plan-corrected.txt") -> Path:
    """The valid plan with its date corrected (15 -> 16 March 2021), under another file name."""
    text = VALID_PLAN_TEXT.read_text(encoding="utf-8")
    assert "ngày 15 tháng 3 năm 2021" in text
    path = folder / name
    path.write_text(text.replace("ngày 15 tháng 3 năm 2021", "ngày 16 tháng 3 năm 2021"), encoding="utf-8")
    return path


def plans_implementing(store: Path, parent: str) -> set[str]:
    result = run_vnpolicy("query", "plans-implementing", "--param", f"parent={parent}", "--format", "json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    return {row["plan"]["value"] for row in json.loads(result.stdout)["results"]["bindings"]}


def without_history(graph: Graph) -> Graph:
    """The entry's graph without its version nodes: what a version holds."""
    versions = set(graph.subjects(RDF.type, VNP.DocumentVersion))
    kept = Graph()
    for triple in graph:
        if triple[0] not in versions and triple[1] != VNP.currentVersion:
            kept.add(triple)
    return kept


def store_digests(path: Path) -> dict[str, str]:
    with EmbeddedStore(path, read_only=True) as store:
        return {str(name): graph_digest(store.graph(name)) for name in store.graph_names()}


# -- (a) an ingested plan survives the next build ---------------------------------------------------------------

def test_an_ingested_plan_is_still_there_after_build(store_path):
    seeded = {(doc.get("province"), doc.get("number")) for doc in SEEDS["documents"].values()
              if (doc.get("implements") or {}).get("number") == STRATEGY}
    before = plans_implementing(store_path, STRATEGY)
    assert len(before) == len(seeded) == 2
    ingested = run_vnpolicy("ingest", str(VALID_PLAN_TEXT), "--store", str(store_path))
    assert ingested.returncode == 0, ingested.stdout + ingested.stderr
    built = run_vnpolicy("build", "--store", str(store_path), "--no-warnings")
    assert built.returncode == 0, built.stderr
    assert f"kept: {PLAN_GRAPH}" in built.stdout
    assert "dropped" not in built.stdout
    after = plans_implementing(store_path, STRATEGY)
    assert after == before | {str(PLAN)} and len(after) == 3
    again = run_vnpolicy("build", "--store", str(store_path), "--no-warnings")
    assert "graphs: 1 kept, 6 unchanged" in again.stdout, "a second build changes nothing"


# -- (b) a corrected text is a new version; the first can be restored -------------------------------------------

def test_a_second_version_changing_date_and_title_both_is_flagged_with_how_to_restore_the_first(store_path, tmp_path):
    # another plan numbered alike in the same year (a misread number, a namesake body): the steward is told how to
    # bring version 1 back, in English and in Vietnamese
    text = VALID_PLAN_TEXT.read_text(encoding="utf-8")
    other = tmp_path / "other-plan.txt"
    other.write_text(text.replace("ngày 15 tháng 3 năm 2021", "ngày 20 tháng 9 năm 2021").replace(
        "Thực hiện Chiến lược phát triển và ứng dụng khoa học và công nghệ vũ trụ trên địa bàn tỉnh Điện Biên đến năm 2030",
        "Tổ chức tháng hành động vì an toàn thực phẩm năm 2021 trên địa bàn tỉnh Điện Biên"), encoding="utf-8")
    assert run_vnpolicy("ingest", str(VALID_PLAN_TEXT), "--store", str(store_path)).returncode == 0
    second = run_vnpolicy("ingest", str(other), "--store", str(store_path))
    assert second.returncode == 0, second.stdout + second.stderr
    assert "(version 2); changed: " in second.stdout
    assert "Caution: its date and title both differ from version 1" in second.stdout
    assert f"vnpolicy restore {PLAN_NUMBER} --version 1" in second.stdout
    # in a batch's table too, in Vietnamese: the corrected plan differs from version 2 (the other one) in both
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    corrected_plan(inbox)
    (inbox / "copy-of-other.txt").write_bytes(other.read_bytes())
    again = run_vnpolicy("ingest", str(inbox), "--store", str(store_path), "--lang", "vi")
    assert again.returncode == 0, again.stdout + again.stderr
    rows = {line.split()[0]: line for line in again.stdout.splitlines() if line.startswith(str(inbox))}
    assert "Lưu ý: ngày và trích yếu đều khác phiên bản 2" in rows[str(inbox / "plan-corrected.txt")]
    assert f"vnpolicy restore {PLAN_NUMBER} --version 2" in rows[str(inbox / "plan-corrected.txt")]
    assert "Lưu ý" not in rows[str(inbox / "copy-of-other.txt")], "a copy writes nothing and says so alone"
    # the command it names brings the first plan back
    restored = run_vnpolicy("restore", PLAN_NUMBER, "--version", "1", "--store", str(store_path))
    assert restored.returncode == 0, restored.stdout + restored.stderr


def test_a_corrected_text_is_a_second_version_and_the_first_can_be_restored(store_path, tmp_path):
    records = Records(records_path(store=store_path), Minter().base)
    first = run_vnpolicy("ingest", str(VALID_PLAN_TEXT), "--store", str(store_path))
    assert first.returncode == 0, first.stdout + first.stderr
    second = run_vnpolicy("ingest", str(corrected_plan(tmp_path)), "--store", str(store_path))
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"Written: replaced graph {PLAN_GRAPH} (version 2); changed: date" in second.stdout, "same document: same graph"
    assert "Caution" not in second.stdout, "a corrected date alone is a correction"

    history = run_vnpolicy("history", PLAN_NUMBER, "--store", str(store_path))
    assert history.returncode == 0, history.stderr
    rows = history.stdout.split("\n-------", 1)[1].splitlines()[1:]  # the table's rows, under its rule
    assert [row.split()[0] for row in rows] == ["1", "2"]
    assert "valid-plan.txt" in rows[0] and "first version" in rows[0]
    assert "plan-corrected.txt" in rows[1] and "date" in rows[1] and rows[1].rstrip().endswith("current")

    restored = run_vnpolicy("restore", PLAN_NUMBER, "--version", "1", "--store", str(store_path))
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "version 1 is current again as version 3" in restored.stdout
    record = records.find(PLAN_NUMBER)
    assert [v.number for v in record.manifest.versions] == [1, 2, 3] and record.manifest.current == 3
    assert record.manifest.version(3).restored_from == 1
    with EmbeddedStore(store_path, read_only=True) as store:
        stored = store.graph(PLAN_GRAPH)
    assert graph_digest(without_history(stored)) == graph_digest(record.version_graph(1))
    assert (version_iri(PLAN, 3), VNP.restoredFrom, version_iri(PLAN, 1)) in stored
    assert (version_iri(PLAN, 3), PROV.wasRevisionOf, version_iri(PLAN, 2)) in stored
    assert (PLAN, VNP.currentVersion, version_iri(PLAN, 3)) in stored


def test_history_of_an_unknown_document_exits_2(store_path):
    result = run_vnpolicy("history", "999/KH-UBND", "--store", str(store_path))
    assert result.returncode == 2 and "no entry of the records" in result.stderr


# -- (d) a copy of the records folder builds the same store -----------------------------------------------------

def test_a_copy_of_the_records_folder_builds_the_same_store(store_path, tmp_path):
    for path in (VALID_PLAN_TEXT, corrected_plan(tmp_path)):
        result = run_vnpolicy("ingest", str(path), "--store", str(store_path))
        assert result.returncode == 0, result.stdout + result.stderr
    backup = tmp_path / "elsewhere" / "records-backup"
    shutil.copytree(records_path(store=store_path), backup)
    fresh = tmp_path / "fresh" / "store"
    built = run_vnpolicy("build", "--store", str(fresh), "--records", str(backup), "--no-warnings")
    assert built.returncode == 0, built.stderr
    assert f"added: {PLAN_GRAPH}" in built.stdout
    assert store_digests(fresh) == store_digests(store_path)


# -- the library ------------------------------------------------------------------------------------------------

def test_versions_are_kept_whole_and_nothing_is_overwritten(store_path, records, tmp_path):
    with EmbeddedStore(store_path) as store:
        first = ingest(VALID_PLAN_TEXT, store, records=records)
        second = ingest(corrected_plan(tmp_path), store, records=records)
    assert (first.verdict, first.version, second.verdict, second.version) == (Verdict.ACCEPTED, 1, Verdict.ACCEPTED, 2)
    record = records.find(str(PLAN))
    folder = record.folder
    assert (records.folder / README).is_file()
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST, "v1", "v2"], "no temporary file left behind"
    assert (folder / "v1" / "valid-plan.txt").read_bytes() == VALID_PLAN_TEXT.read_bytes()
    assert (folder / "v1" / "text.txt").read_text(encoding="utf-8") == VALID_PLAN_TEXT.read_text(encoding="utf-8")
    assert (folder / "v2" / GRAPH_FILE).is_file()
    v1 = record.manifest.version(1)
    assert record.manifest.graph == str(PLAN_GRAPH) and v1.format == "txt" and len(v1.sha256) == 64
    assert record.manifest.version(2).changed_fields == ["date", "date as written"]
    before = {path: path.read_bytes() for path in (folder / "v1").iterdir()}
    with pytest.raises(FileExistsError):  # a version number already taken is never written again
        records._write_version(folder, v1, NewVersion("x.txt", b"x", Graph(), "txt", "0"))
    assert {path: path.read_bytes() for path in (folder / "v1").iterdir()} == before


def test_the_same_file_again_is_unchanged_and_an_old_version_is_a_copy(store_path, records, tmp_path):
    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store, records=records)
        again = ingest(VALID_PLAN_TEXT, store, records=records)
        assert (again.verdict, again.written, again.same_as) == (Verdict.UNCHANGED, False, f"{PLAN_NUMBER} v1")
        with_bom = tmp_path / "the-same-with-a-bom.txt"  # other bytes, other name, the same text
        with_bom.write_bytes(b"\xef\xbb\xbf" + VALID_PLAN_TEXT.read_bytes())
        assert ingest(with_bom, store, records=records).verdict == Verdict.UNCHANGED
        ingest(corrected_plan(tmp_path), store, records=records)
        old = ingest(VALID_PLAN_TEXT, store, records=records)
        assert (old.verdict, old.written) == (Verdict.COPY, False)
    assert [v.number for v in records.find(PLAN_NUMBER).manifest.versions] == [1, 2]


def test_the_history_is_prov_in_the_entry_graph_and_on_the_document_page(store_path, records, tmp_path):
    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store, records=records)
        ingest(corrected_plan(tmp_path), store, records=records)
        restore(records, store, PLAN_NUMBER, 1)
        graph = store.graph(PLAN_GRAPH)
        rows = document_history(store, str(PLAN))
    manifest = records.find(PLAN_NUMBER).manifest
    node = version_iri(PLAN, 2)
    assert (node, RDF.type, PROV.Entity) in graph and (node, PROV.specializationOf, PLAN) in graph
    assert (node, PROV.generatedAtTime, None) in graph
    assert str(graph.value(node, PROV.generatedAtTime)) == manifest.version(2).time, "times come from the manifest"
    assert (node, VNP.receivedFile, Literal("plan-corrected.txt")) in graph
    assert (node, VNP.changedField, Literal("date")) in graph
    assert [(r.number, r.file, r.current, r.restored_from) for r in rows] == [
        (1, "valid-plan.txt", False, None), (2, "plan-corrected.txt", False, None), (3, "valid-plan.txt", True, 1)]
    assert rows[1].changed_fields == ("date", "date as written") and rows[1].triples_added > 0
    # The lines the entry's nodes point into: the current version's text rendition (version 3 = version 1's text).
    assert rendition_lines(records, str(PLAN)) == VALID_PLAN_TEXT.read_text(encoding="utf-8").splitlines()


def test_build_keeps_entries_and_drops_only_removed_ones(store_path, records):
    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store, records=records)
        assert build(store, records=records).graphs[str(PLAN_GRAPH)] == "kept"
        records.remove(records.find(PLAN_NUMBER))
        report = build(store, records=records)
        assert report.graphs[str(PLAN_GRAPH)] == "dropped"
        assert PLAN_GRAPH not in store.graph_names()
    assert not records.records() and any((records.folder / "removed").iterdir()), "moved, not deleted"


def test_a_graph_in_no_source_and_no_record_is_kept_not_dropped(store_path, records):
    """A plan written before the records existed (or by another tool) is not lost by a build."""
    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store)  # no records: the store only
        report = build(store, records=records)
        assert report.graphs[str(PLAN_GRAPH)] == "kept" and report.unaccounted == [str(PLAN_GRAPH)]
        assert PLAN_GRAPH in store.graph_names()


def test_remove_and_restore_through_the_cli(store_path, tmp_path):
    assert run_vnpolicy("ingest", str(VALID_PLAN_TEXT), "--store", str(store_path)).returncode == 0
    missing = run_vnpolicy("restore", PLAN_NUMBER, "--version", "7", "--store", str(store_path))
    assert missing.returncode == 2 and "no version 7" in missing.stderr
    current = run_vnpolicy("restore", PLAN_NUMBER, "--version", "1", "--store", str(store_path))
    assert current.returncode == 2 and "already the current one" in current.stderr
    removed = run_vnpolicy("remove", PLAN_NUMBER, "--store", str(store_path))
    assert removed.returncode == 0, removed.stderr
    assert PLAN_GRAPH not in store_digests(store_path)
    assert str(PLAN) not in plans_implementing(store_path, STRATEGY)


def test_find_by_number_ignores_case_and_diacritics_and_refuses_ambiguity(records, store_path):
    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store, records=records)
    assert records.find("12/kh-ubnd").manifest.work == str(PLAN)
    with pytest.raises(RecordsError):
        records.find("13/KH-UBND")


def test_records_path_is_beside_the_store_unless_told(tmp_path, monkeypatch):
    monkeypatch.delenv("VNPOLICY_RECORDS", raising=False)
    assert records_path(store=tmp_path / "x" / "store") == tmp_path / "x" / "records"
    assert records_path(tmp_path / "r", tmp_path / "store") == tmp_path / "r"
    monkeypatch.setenv("VNPOLICY_RECORDS", str(tmp_path / "env"))
    assert records_path(store=tmp_path / "store") == tmp_path / "env"


DOCUMENT_PAGE_SCRIPT = """
import streamlit as st
from vnpolicy.app.navigation import all_pages
from vnpolicy.app import document_page

if __name__ == "__main__":
    st.navigation(all_pages(), position="hidden")
    document_page.render()
"""


def test_the_document_page_shows_the_history_and_the_entry_text(store_path, records, tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    with EmbeddedStore(store_path) as store:
        ingest(VALID_PLAN_TEXT, store, records=records)
        ingest(corrected_plan(tmp_path), store, records=records)
    monkeypatch.setenv("VNPOLICY_STORE", str(store_path))
    monkeypatch.delenv("VNPOLICY_RECORDS", raising=False)
    script = tmp_path / "document_page_script.py"
    script.write_text(DOCUMENT_PAGE_SCRIPT, encoding="utf-8")
    app = AppTest.from_file(str(script), default_timeout=300)
    app.query_params["doc"] = PLAN_NUMBER
    app.run()
    assert not app.exception, app.exception
    assert "Lịch sử phiên bản" in [header.value for header in app.subheader]
    history = next(frame.value for frame in app.dataframe if "Phiên bản" in frame.value.columns)
    assert list(history["Phiên bản"]) == [1, 2] and list(history["Tệp"]) == ["valid-plan.txt", "plan-corrected.txt"]
    assert not any("Không có văn bản gốc" in caption.value for caption in app.caption), "the entry's text is shown"


def test_a_corrected_text_is_checked_as_the_next_version_not_as_a_second_text(store_path, tmp_path):
    """Without the records, the corrected plan would clash with its first version (two texts of one document)."""
    assert run_vnpolicy("ingest", str(VALID_PLAN_TEXT), "--store", str(store_path)).returncode == 0
    corrected = corrected_plan(tmp_path)
    checked = run_vnpolicy("ingest", str(corrected), "--check", "--store", str(store_path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Checked: the entry can be written (nothing written)." in checked.stdout
    validated = run_vnpolicy("validate", str(corrected), "--severity", "violation", "--store", str(store_path))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert [v.number for v in Records(records_path(store=store_path), Minter().base).find(PLAN_NUMBER).manifest.versions] == [1]


def test_writers_at_once_never_share_a_version_number_nor_lose_one(records):
    """The command line and the explorer may accept versions of one document at the same time."""
    from concurrent.futures import ThreadPoolExecutor

    def accept(n: int):
        graph = Graph()
        graph.add((PLAN, VNP.versionNumber, Literal(n)))  # any content: the folder does not look inside
        return records.add_version(PLAN, PLAN_GRAPH, PLAN_NUMBER, [PLAN_NUMBER],
                                   NewVersion(f"file-{n}.txt", str(n).encode(), graph, "txt", "0", text=str(n)), [], 0, 0)

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(accept, range(12)))
    manifest = records.find(PLAN_NUMBER).manifest
    assert sorted(v.number for v in manifest.versions) == list(range(1, 13))
    assert sorted(v.source_file for v in manifest.versions) == sorted(f"file-{n}.txt" for n in range(12))
    assert len({p.name for p in records.find(PLAN_NUMBER).folder.iterdir() if p.name.startswith("v")}) == 12


def test_a_new_document_under_a_taken_file_name_gets_a_graph_of_its_own(store_path, records, tmp_path):
    """A plan saved as "001_e28ba1087141c19c.txt" must not shadow the bundled source of that name."""
    seed_graph = Minter().graph("001_e28ba1087141c19c")
    clash = tmp_path / "001_e28ba1087141c19c.txt"
    shutil.copy(VALID_PLAN_TEXT, clash)
    with EmbeddedStore(store_path) as store:
        seed_before = graph_digest(store.graph(seed_graph))
        outcome = ingest(clash, store, records=records)
        assert outcome.written and outcome.entry.graph_name != seed_graph
        assert str(outcome.entry.graph_name).startswith(str(seed_graph) + "-")
        report = build(store, records=records)
        assert report.graphs[str(seed_graph)] == "unchanged" and graph_digest(store.graph(seed_graph)) == seed_before
        assert report.graphs[str(outcome.entry.graph_name)] == "kept"


CITY_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 37/KH-UBND
Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Phát triển giao thông công cộng năm 2021
Thực hiện Quyết định số 1234/QĐ-TTg ngày 02/01/2021 của Thủ tướng Chính phủ về phát triển giao thông công cộng, Ủy ban
nhân dân Thành phố ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
1. Phát triển mạng lưới xe buýt.
II. NHIỆM VỤ
1. Sở Giao thông vận tải chủ trì mở tuyến xe buýt mới.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_a_district_s_plan_numbered_as_its_city_s_is_an_entry_of_its_own_not_a_version_of_the_city_s(store_path, tmp_path):
    # every People's Committee numbers its plans N/KH-UBND: the city's and a district's 37/KH-UBND of 2021 are two plans
    city = tmp_path / "city.txt"
    city.write_text(CITY_PLAN, encoding="utf-8")
    district = tmp_path / "district.txt"
    district.write_text(CITY_PLAN.replace("THÀNH PHỐ HỒ CHÍ MINH\n", "QUẬN 8\n").replace(
        "Thành phố Hồ Chí Minh, ngày 05", "Quận 8, ngày 14").replace("Ủy ban\nnhân dân Thành phố", "Ủy ban\nnhân dân Quận 8"),
        encoding="utf-8")
    for path in (city, district):
        result = run_vnpolicy("ingest", str(path), "--store", str(store_path))
        assert result.returncode == 0, result.stdout + result.stderr
        assert "version 2" not in result.stdout
    works = {str(record.manifest.work_iri) for record in Records(records_path(store=store_path), Minter().base).records()}
    base = Minter().base
    assert {base + "eli/vn-ho-chi-minh/kh/2021/37-kh-ubnd", base + "eli/vn-ho-chi-minh-quan-8/kh/2021/37-kh-ubnd"} <= works


def test_a_district_s_plan_an_earlier_reading_kept_as_its_city_s_version_can_be_added_once_the_city_s_is_restored(
        store_path, tmp_path, monkeypatch):
    city, district = tmp_path / "city.txt", tmp_path / "district.txt"
    city.write_text(CITY_PLAN, encoding="utf-8")
    district.write_text(CITY_PLAN.replace("THÀNH PHỐ HỒ CHÍ MINH\n", "QUẬN 8\n").replace(
        "Thành phố Hồ Chí Minh, ngày 05", "Quận 8, ngày 14"), encoding="utf-8")
    records = Records(records_path(store=store_path), Minter().base)
    with EmbeddedStore(store_path) as store:
        # as read before districts had IRIs of their own: the district's plan became the city plan's version 2
        monkeypatch.setattr("vnpolicy.rdf.mapping.issuer_locality", lambda issuer, province: None)
        ingest(city, store, records=records)
        assert ingest(district, store, records=records).version == 2
        monkeypatch.undo()
        restore(records, store, "37/KH-UBND", 1)
        # the same bytes now read as another document: no copy of the city's version 2, but an entry of its own
        added = ingest(district, store, records=records)
    assert added.verdict == Verdict.ACCEPTED and added.version == 1
    assert len(records.records()) == 2


def test_every_header_field_a_version_records_has_a_vietnamese_name():
    # the version note names each changed field in the steward's language; an unnamed one would fall back to English
    assert set(HEADER_FIELDS_VI) == set(HEADER_FIELDS)
