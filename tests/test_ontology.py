"""The ontology, the vocabularies and the reference data hang together.

- every .ttl in ontology/ and graph/reference/ parses;
- every vnp: class and property has rdfs:label and skos:definition in vi and en;
- every vnp: term docs/model.md names is declared (keeps doc and ontology together);
- every vnp: term used anywhere in the reference data or vocabularies is declared;
- every ELI term used in the reference data is declared (ELI 1.2 + 1.5 additions);
- every SKOS concept has prefLabel vi and en, a definition, and belongs to a scheme;
- reference IRIs are the ones vnpolicy.iris mints, and citations of the seeds resolve;
- graph/reference/places.ttl is the output of vnpolicy.rdf.reference.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from vnpolicy.iris import Minter
from vnpolicy.namespaces import AGENCYTYPE, DOCTYPE, ELI, SH, VNP

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILES = sorted((ROOT / "ontology").glob("*.ttl")) + sorted((ROOT / "ontology").glob("*.nt"))
REFERENCE_FILES = sorted((ROOT / "graph" / "reference").glob("*.ttl"))
SEEDS = json.loads((ROOT / "tests" / "seeds.json").read_text(encoding="utf-8"))["documents"]
DECLARATION_TYPES = {
    OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual,
    RDF.Property, RDFS.Class,
}


def _parse(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="nt" if path.suffix == ".nt" else "turtle")
    return graph


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in ONTOLOGY_FILES:
        graph += _parse(path)
    return graph


@pytest.fixture(scope="module")
def reference() -> Graph:
    graph = Graph()
    for path in REFERENCE_FILES:
        graph += _parse(path)
    return graph


def _declared(graph: Graph) -> set[URIRef]:
    return {s for t in DECLARATION_TYPES for s in graph.subjects(RDF.type, t) if isinstance(s, URIRef)}


def _in_namespace(term: object, namespace: str) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(namespace)


def _terms_used(graph: Graph, namespace: str) -> set[URIRef]:
    used = set()
    for s, p, o in graph:
        for term in (s, p, o):
            if _in_namespace(term, namespace):
                used.add(term)
        if p == RDF.type and _in_namespace(o, namespace):
            used.add(o)
    return used


@pytest.mark.parametrize("path", ONTOLOGY_FILES + REFERENCE_FILES, ids=lambda p: p.name)
def test_every_file_parses(path: Path) -> None:
    assert len(_parse(path)) > 0


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef("https://w3id.org/vnpolicy/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    titles = {t.language for t in ontology.objects(onto, URIRef("http://purl.org/dc/terms/title"))}
    assert {"vi", "en"} <= titles
    assert (onto, OWL.versionInfo, Literal("0.1.0")) in ontology
    assert not list(ontology.objects(onto, OWL.imports))


def _langs(graph: Graph, subject: URIRef, prop: URIRef) -> set[str]:
    return {o.language for o in graph.objects(subject, prop) if isinstance(o, Literal)}


def test_every_vnp_term_has_labels_and_definitions_in_vi_and_en(ontology: Graph) -> None:
    vnp_terms = {s for s in _declared(ontology) if _in_namespace(s, str(VNP))}
    assert len(vnp_terms) > 80
    missing = [
        (str(term), prop.fragment)
        for term in sorted(vnp_terms)
        for prop in (RDFS.label, SKOS.definition)
        if not {"vi", "en"} <= _langs(ontology, term, prop)
    ]
    assert not missing, missing


def test_properties_are_typed_and_classes_typed(ontology: Graph) -> None:
    for term in _declared(ontology):
        if not _in_namespace(term, str(VNP)):
            continue
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}, term


def test_model_md_terms_are_declared(ontology: Graph) -> None:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    named = {VNP[name] for name in re.findall(r"\bvnp:([A-Za-z][A-Za-z0-9_]*)", text)}
    assert len(named) > 60
    missing = sorted(str(t) for t in named - _declared(ontology))
    assert not missing, missing


def test_model_md_eli_terms_are_declared(ontology: Graph) -> None:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    named = {ELI[name] for name in re.findall(r"\beli:([A-Za-z][A-Za-z0-9_]*)", text)}
    missing = sorted(str(t) for t in named - _declared(ontology))
    assert not missing, missing


def test_no_undeclared_vnp_terms_in_data_or_vocabularies(ontology: Graph, reference: Graph) -> None:
    declared = _declared(ontology)
    used = _terms_used(reference, str(VNP)) | _terms_used(ontology, str(VNP))
    missing = sorted(str(t) for t in used - declared)
    assert not missing, missing


def test_no_undeclared_eli_terms_in_reference_data(ontology: Graph, reference: Graph) -> None:
    declared = _declared(ontology) | set(ontology.subjects(RDF.type, OWL.FunctionalProperty))
    used = {p for p in reference.predicates() if _in_namespace(p, str(ELI))}
    used |= {o for o in reference.objects(None, RDF.type) if _in_namespace(o, str(ELI))}
    missing = sorted(str(t) for t in used - declared)
    assert not missing, missing


def test_eli_additions_have_labels(ontology: Graph) -> None:
    for name in ("ensures_implementation_of", "implementation_ensured_by", "Work", "Expression", "Manifestation"):
        term = ELI[name]
        assert {"vi", "en"} <= _langs(ontology, term, RDFS.label), name
        assert (term, RDFS.isDefinedBy, URIRef("http://data.europa.eu/eli/ontology#")) in ontology


def test_no_undeclared_shacl_terms() -> None:
    shapes = [p for p in ONTOLOGY_FILES if "shape" in p.name]
    if not shapes:
        pytest.skip("no shapes file yet")
    # no network: the SHACL core and SHACL-SPARQL names, listed here
    known = set(re.findall(r"sh:(\w+)", "sh:NodeShape sh:PropertyShape sh:targetClass sh:targetNode sh:targetSubjectsOf "
        "sh:targetObjectsOf sh:path sh:minCount sh:maxCount sh:datatype sh:class sh:nodeKind sh:IRI sh:Literal "
        "sh:BlankNode sh:BlankNodeOrIRI sh:IRIOrLiteral sh:in sh:hasValue sh:pattern sh:flags sh:languageIn "
        "sh:uniqueLang sh:minLength sh:maxLength sh:minInclusive sh:maxInclusive sh:minExclusive sh:maxExclusive "
        "sh:node sh:property sh:or sh:and sh:not sh:xone sh:qualifiedValueShape sh:qualifiedMinCount "
        "sh:qualifiedMaxCount sh:closed sh:ignoredProperties sh:severity sh:Violation sh:Warning sh:Info "
        "sh:message sh:name sh:description sh:order sh:group sh:sparql sh:select sh:ask sh:prefixes sh:declare "
        "sh:prefix sh:namespace sh:deactivated sh:equals sh:disjoint sh:lessThan sh:lessThanOrEquals sh:inversePath "
        "sh:alternativePath sh:zeroOrMorePath sh:oneOrMorePath sh:zeroOrOnePath sh:SPARQLConstraint sh:PropertyGroup "
        "sh:defaultValue sh:this sh:value sh:focusNode sh:resultPath sh:resultMessage sh:resultSeverity"))
    for path in shapes:
        used = {str(t)[len(str(SH)):] for t in _terms_used(_parse(path), str(SH))} - {""}  # "" = the namespace IRI
        assert used <= known, used - known


def test_every_concept_has_labels_definition_and_scheme(ontology: Graph, reference: Graph) -> None:
    graph = ontology + reference
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    concepts = {c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef)}
    concepts |= set(graph.subjects(RDF.type, VNP.Province))
    concepts = {c for c in concepts if str(c).startswith("https://w3id.org/vnpolicy/")}
    assert len(concepts) > 150
    problems = []
    for concept in sorted(concepts):
        if not {"vi", "en"} <= _langs(graph, concept, SKOS.prefLabel):
            problems.append((str(concept), "prefLabel"))
        if not set(graph.objects(concept, SKOS.inScheme)) & schemes:
            problems.append((str(concept), "inScheme"))
        if str(concept).startswith("https://w3id.org/vnpolicy/vocab/") and not {"vi", "en"} <= _langs(
            graph, concept, SKOS.definition
        ):
            problems.append((str(concept), "definition"))
    assert not problems, problems


def test_one_preflabel_per_language(ontology: Graph, reference: Graph) -> None:
    graph = ontology + reference
    for concept in set(graph.subjects(SKOS.prefLabel, None)):
        langs = [o.language for o in graph.objects(concept, SKOS.prefLabel)]
        assert len(langs) == len(set(langs)), concept


def test_vocabulary_iris_follow_the_brief(ontology: Graph) -> None:
    for local in ("QD", "CTr", "KH", "NQ", "LUAT", "ND", "party-NQ", "party-TT", "TT"):
        assert (DOCTYPE[local], RDF.type, SKOS.Concept) in ontology, local
    assert (DOCTYPE["QD"], SKOS.notation, Literal("QĐ")) in ontology
    for local in ("so-khoa-hoc-va-cong-nghe", "cong-an-tinh", "bo-chi-huy-quan-su-tinh", "ubnd-tinh", "ubnd-cap-huyen",
                  "ubnd-cap-xa", "ministry", "thu-tuong", "bo-chinh-tri", "party-committee-provincial",
                  "collective-departments", "collective-district-ubnd", "collective-commune-ubnd",
                  "research-and-education", "enterprises-and-organisations", "other"):
        assert (AGENCYTYPE[local], RDF.type, SKOS.Concept) in ontology, local


# --- reference data -----------------------------------------------------------

M = Minter()


def _seed_citations() -> list[tuple[str, str]]:
    out = []
    for doc in SEEDS.values():
        refs = list(doc.get("cites", []))
        if doc.get("implements"):
            refs.append(doc["implements"])
        for ref in refs:
            out.append((ref["number"], ref["date"]))
    return sorted(set(out))


def _document_node(reference: Graph, number: str) -> URIRef:
    """The one reference node numbered ``number`` (numbers repeat across provinces, IRIs do not)."""
    nodes = list(reference.subjects(ELI.id_local, Literal(number)))
    assert len(nodes) == 1, (number, nodes)
    return nodes[0]


@pytest.mark.parametrize("number,date", _seed_citations())
def test_seed_citations_resolve(reference: Graph, number: str, date: str) -> None:
    iri = _document_node(reference, number)
    assert (iri, RDF.type, ELI.LegalResource) in reference, iri
    local = number.split("/")[-1].split("-")[-1] in {"UBND", "TU", "ĐH"}
    assert ("/eli/vn-hai-phong/" in str(iri)) == local, iri
    assert str(next(reference.objects(iri, ELI.date_document))) == date
    assert {"vi"} <= _langs(reference, iri, ELI.title)
    assert list(reference.objects(iri, ELI.passed_by)), iri


LAWS_CITED_BY_NAME = {n for d in SEEDS.values() for n in d.get("cites_laws_by_name", [])} | {"Luật Trách nhiệm bồi thường của Nhà nước"}


@pytest.mark.parametrize("name", sorted(LAWS_CITED_BY_NAME))
def test_laws_cited_by_name_resolve(reference: Graph, name: str) -> None:
    iri = M.law_by_name(name)
    assert (iri, RDF.type, VNP.Law) in reference
    assert (iri, ELI.title, Literal(name, lang="vi")) in reference


def test_lineage_upward(reference: Graph) -> None:
    ctr76 = _document_node(reference, "76-CTr/TU")
    nq45 = _document_node(reference, "45-NQ/TW")
    assert (ctr76, URIRef(str(ELI) + "ensures_implementation_of"), nq45) in reference
    assert list(reference.objects(ctr76, VNP.uncertain))
    assert list(reference.objects(_document_node(reference, "09-NQ/ĐH"), VNP.uncertain))
    assert (M.law_by_name("Luật Vũ trụ quốc gia"), ELI.id_local, None) not in reference


def test_every_passed_by_and_province_resolves(reference: Graph) -> None:
    for prop in (ELI.passed_by, VNP.province, URIRef("http://www.w3.org/ns/org#classification"),
                 URIRef("http://www.w3.org/ns/org#originalOrganization"),
                 URIRef("http://www.w3.org/ns/org#resultingOrganization"), VNP.legalBasis, ELI.jurisdiction,
                 ELI.based_on, ELI.cites):
        for target in set(reference.objects(None, prop)):
            if str(target).startswith(str(AGENCYTYPE)):
                continue
            assert list(reference.predicate_objects(target)), (prop, target)


def test_seed_agencies_are_reference_nodes(reference: Graph) -> None:
    org = URIRef("http://www.w3.org/ns/org#")
    for doc in SEEDS.values():
        for name in doc.get("assignment_entries", []):
            iri = M.agency(name, doc["province"])
            assert list(reference.objects(iri, URIRef(str(org) + "classification"))), iri
            assert (iri, VNP.province, M.place(doc["province"])) in reference


def test_provinces_and_mergers(reference: Graph) -> None:
    hai_phong, hai_duong = M.place("Hải Phòng"), M.place("Hải Dương")
    assert (hai_phong, VNP.gsoCode, Literal("31")) in reference
    assert (M.place("Lào Cai"), VNP.gsoCode, Literal("15")) in reference
    assert (M.place("Lào Cai"), VNP.gsoCodeBefore2025, Literal("10")) in reference
    assert (M.place("Yên Bái"), VNP.gsoCodeBefore2025, Literal("15")) in reference
    assert list(reference.objects(hai_duong, VNP.validUntil))
    events = set(reference.subjects(VNP.originalUnit, hai_duong))
    assert events and all((e, VNP.resultingUnit, hai_phong) in reference for e in events)
    for name in ("Sóc Trăng", "Hậu Giang"):
        assert set(reference.subjects(VNP.originalUnit, M.place(name)))
    assert len(set(reference.subjects(VNP.gsoCodeBefore2025, None))) == 63
    assert len(set(reference.subjects(VNP.gsoCode, None))) == 34


def test_places_ttl_is_up_to_date() -> None:
    from vnpolicy.rdf.reference import PLACES_TTL, render_places

    assert PLACES_TTL.read_text(encoding="utf-8") == render_places(), "run python -m vnpolicy.rdf.reference"
