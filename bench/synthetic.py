"""Synthetic plans in the project's RDF shape, to measure at national scale.

Each synthetic plan has the shape of a seed plan (objectives, task groups,
tasks, assignment entries, duties with lead and supporting roles) under its own
IRIs, in its own named graph, so that N plans give about N × 280 quads.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from vnpolicy.namespaces import AGENCYTYPE, ELI, ROLE, STATUS, VNP

BASE = "https://w3id.org/vnpolicy/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SKOS_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
ORG_CLASSIFICATION = ox.NamedNode("http://www.w3.org/ns/org#classification")
AGENCY_TYPES = ["so-khoa-hoc-va-cong-nghe", "so-tai-chinh", "cong-an-tinh", "so-noi-vu", "so-giao-duc-va-dao-tao"]
WORDS = "ứng dụng vệ tinh khoa học công nghệ vũ trụ an ninh mạng dữ liệu viễn thám UAV đào tạo nguồn nhân lực".split()


def node(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def text(index: int) -> ox.Literal:
    words = [WORDS[(index * 7 + k) % len(WORDS)] for k in range(12)]
    return ox.Literal(" ".join(words), language="vi")


def plan_quads(number: int) -> Iterator[ox.Quad]:
    """About 400 quads of one synthetic plan, in its own named graph."""
    graph = ox.NamedNode(f"{BASE}graph/synthetic-{number}")
    province = f"province-{number % 34}"
    work = ox.NamedNode(f"{BASE}eli/vn-{province}/kh/2025/{number}-kh-ubnd")

    def quad(s, p, o):
        return ox.Quad(s, p, o, graph)

    yield quad(work, RDF_TYPE, node(VNP.Plan))
    yield quad(work, node(ELI.id_local), ox.Literal(f"{number}/KH-UBND"))
    yield quad(work, node(ELI["title"]), text(number))
    yield quad(work, node(VNP.status), node(STATUS.issued))
    yield quad(work, node(ELI.jurisdiction), ox.NamedNode(f"{BASE}place/{province}"))
    for group in range(1, 8):
        group_node = ox.NamedNode(f"{work.value}/task-group/{group}")
        yield quad(work, node(VNP.hasTaskGroup), group_node)
        yield quad(group_node, RDF_TYPE, node(VNP.TaskGroup))
        for task in range(1, 4):
            task_node = ox.NamedNode(f"{work.value}/task/{group}.{task}")
            yield quad(group_node, node(VNP.hasTask), task_node)
            yield quad(task_node, RDF_TYPE, node(VNP.Task))
            yield quad(task_node, node(VNP.text), text(number + group * 10 + task))
            yield quad(task_node, node(VNP.firstLine), ox.Literal(str(group * 10 + task), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    for entry in range(1, 13):
        agency_type = AGENCY_TYPES[entry % len(AGENCY_TYPES)]
        agency = ox.NamedNode(f"{BASE}agency/{province}/{agency_type}")
        entry_node = ox.NamedNode(f"{work.value}/assignment/{entry}")
        yield quad(work, node(VNP.hasAssignment), entry_node)
        yield quad(agency, ORG_CLASSIFICATION, node(AGENCYTYPE[agency_type]))
        yield quad(agency, SKOS_PREF, ox.Literal(agency_type, language="vi"))
        for duty in range(1, 3):
            duty_node = ox.NamedNode(f"{entry_node.value}/duty/{duty}")
            role_node = ox.NamedNode(f"{duty_node.value}/role/1")
            yield quad(entry_node, node(VNP.hasDuty), duty_node)
            yield quad(duty_node, RDF_TYPE, node(VNP.Duty))
            yield quad(duty_node, node(VNP.text), text(number + entry * 3 + duty))
            yield quad(duty_node, node(VNP.hasRoleAssignment), role_node)
            yield quad(role_node, node(VNP.agency), agency)
            yield quad(role_node, node(VNP.role), node(ROLE.lead))


def synthetic_quads(plans: int) -> Iterator[ox.Quad]:
    for number in range(1, plans + 1):
        yield from plan_quads(number)
