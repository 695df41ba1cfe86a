"""The shapes' number patterns accept the numbers real documents print, and refuse what no office writes.

Each pattern is read from ``ontology/shapes.ttl`` and tried as SHACL tries it (a regex search on the
literal). The accepted numbers are forms that offices print: a serial with a letter ("30c/NQ-CP"), an
ampersand inside a unit's code ("78/TTr-SNN&PTNT", "739/BNV-CTTN&BĐG"), the issuing section after a dot
("138/QĐ-UBND.HC"), a standing office before the body beside it ("06/QC-TT.HĐND-UBND"), the Party's action plans
and programmes ("459-KHHĐ/TU", "36-CTrHĐ/TU").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from vnpolicy.settings import PROJECT_DIR

SHAPES = "https://w3id.org/vnpolicy/shapes#"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    graph = Graph().parse(PROJECT_DIR / "ontology" / "shapes.ttl", format="turtle")
    return {str(shape).removeprefix(SHAPES): re.compile(str(pattern))
            for shape, pattern in graph.subject_objects(SH.pattern) if isinstance(shape, URIRef)}


ACCEPTED = [
    ("PlanNumber-id_local", ["163/KH-UBND", "12-KH/TU", "459-KHHĐ/TU", "88/KH-UBND.VX", "5/KH-SNN&PTNT", "15/KHLT-SGDĐT-SYT",
                             "208/KH-BCĐTƯVSMT"]),
    ("DecisionNumber-id_local", ["169/QĐ-TTg", "18/2020/QĐ-TTg", "66-QĐ/TW", "138/QĐ-UBND.HC", "3864/QĐ-UBND.NN",
                                 "1053/QĐ-BVHTTDL", "27a/QĐ-UBND",
                                 # before the type code came into every ký hiệu: the body's code alone
                                 "163/HĐBT", "178/TTg", "72/CP"]),
    # the Government's resolutions on the business environment were numbered with their year after a hyphen
    ("ResolutionNumber-id_local", ["45-NQ/TW", "06/NQ-HĐND", "202/2025/QH15", "30c/NQ-CP", "1673/NQ-UBTVQH15",
                                   "19-2018/NQ-CP", "08C-NQ/TU", "38/CP"]),
    ("ProgrammeNumber-id_local", ["76-CTr/TU", "12/CTr-UBND", "36-CTrHĐ/TU", "49-Ctr/TU"]),
    ("LawNumber-id_local", ["58/2014/QH13"]),
    ("AnyDocumentNumber-id_local", ["30/2020/NĐ-CP", "915/CTK-CSCL", "36-HD/VPTW", "30c/NQ-CP", "78/TTr-SNN&PTNT",
                                    "739/BNV-CTTN&BĐG", "5104/BTTTT-PTTH&TTĐT", "19/2012/TTLT-BTC-BKH&ĐT-BTTTT",
                                    "1257/TTr-SNN.KHĐT", "138/QĐ-UBND.HC", "36-CTRHĐ/TU", "19-2017/NQ-CP",
                                    "06/QC-TT.HĐND-UBND", "08C-NQ/TU"]),
]
REFUSED = [
    ("PlanNumber-id_local", ["163/KH UBND", "163/QĐ-UBND", "KH-UBND", "163/KH-", "163/KH-&UBND", "15/KHXY-SGDĐT", "208/KH-BCĐƠVSMT"]),
    ("DecisionNumber-id_local", ["169/QD-TTg", "169/QĐ-TTg.", "169/QĐ-TTg.hc", "30cc/QĐ-TTg", "163/UBND", "12/THPT"]),
    ("ResolutionNumber-id_local", ["45-NQ/TW ", "202/2025/QH", "19-18/NQ-CP", "19-2018/NQ", "38/TTg", "38/HĐND"]),
    ("LawNumber-id_local", ["58/2014/QH", "101/QĐ-TTg"]),
    ("AnyDocumentNumber-id_local", ["2393/-UBND", "30 /2020/NĐ-CP", "/KH-UBND", "163/KH-UBND&", "19-2018-NQ-CP",
                                    "06/QC-TT.-UBND", "06/QC-TT..HĐND"]),
]


@pytest.mark.parametrize(("shape", "numbers"), ACCEPTED)
def test_numbers_offices_print_are_accepted(shape, numbers):
    assert [number for number in numbers if not patterns()[shape].search(number)] == []


@pytest.mark.parametrize(("shape", "numbers"), REFUSED)
def test_numbers_no_office_writes_are_refused(shape, numbers):
    assert [number for number in numbers if patterns()[shape].search(number)] == []
