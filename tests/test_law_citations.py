"""Laws cited by their name alone ("Căn cứ Luật Khoa học và Công nghệ ngày ...") are citations with their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnpolicy.extract import extract
from vnpolicy.ingest.entry import read_entry
from vnpolicy.namespaces import ELI, VNP

LAYOUTS = Path(__file__).parent / "data" / "layouts"


@pytest.mark.parametrize(("name", "laws"), [
    ("24_roles_reporting_lao_cai.txt", ["Luật Khoa học và Công nghệ"]),
    ("39_legal_bases_hai_duong.txt", ["Luật Tổ chức chính quyền địa phương", "Luật Giáo dục"]),
    # two laws joined by "và", and a lower-case "Luật sửa đổi, bổ sung ..." that names no law of its own
    ("27_cover_with_body_binh_dinh.txt", ["Luật Tổ chức chính quyền địa phương", "Luật Tổ chức Chính phủ"]),
])
def test_laws_named_in_the_text_are_read_whole(name, laws):
    assert extract(LAYOUTS / name).laws_cited_by_name == laws


def test_a_law_cited_by_name_is_a_citation_at_its_line():
    path = LAYOUTS / "24_roles_reporting_lao_cai.txt"
    graph = read_entry(path).graph
    lines = path.read_text(encoding="utf-8").splitlines()
    work = next(graph.subjects(ELI.is_realized_by, None))
    laws = [node for node in graph.objects(work, VNP.hasCitation)
            if str(graph.value(node, VNP.citedDocument)).split("/")[-2:-1] == ["by-name"]]
    assert len(laws) == 1
    [citation] = laws
    line = int(graph.value(citation, VNP.firstLine))
    assert "Luật Khoa học và Công nghệ" in lines[line - 1]
    assert (work, ELI.cites, graph.value(citation, VNP.citedDocument)) in graph
