"""Every IRI the code uses, in one place.

The project's own terms live under ``VNP`` (the ontology) and its SKOS schemes
under ``VNP_*`` namespaces; everything else is a standard vocabulary. Data IRIs
(documents, agencies, parts) are minted by ``vnpolicy.iris`` under a base IRI
that is a setting, not a constant.
"""

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

ELI = Namespace("http://data.europa.eu/eli/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")  # not among rdflib.namespace's names

ONTOLOGY_IRI = "https://w3id.org/vnpolicy/ontology"
VNP = Namespace("https://w3id.org/vnpolicy/ontology#")

# SKOS concept schemes of the project.
VOCAB_BASE = "https://w3id.org/vnpolicy/vocab/"
DOCTYPE = Namespace(VOCAB_BASE + "doctype/")  # DOCTYPE["KH"], DOCTYPE["QD"] ...
AGENCYTYPE = Namespace(VOCAB_BASE + "agency-type/")  # AGENCYTYPE["so-khoa-hoc-va-cong-nghe"] ...
ROLE = Namespace(VOCAB_BASE + "role/")  # ROLE.lead, ROLE.supporting
DIRECTIVE = Namespace(VOCAB_BASE + "directive/")  # DIRECTIVE.directed, DIRECTIVE.requested
STATUS = Namespace(VOCAB_BASE + "status/")  # STATUS.issued, STATUS.draft, STATUS.reference-stub
SIGNING = Namespace(VOCAB_BASE + "signing-mode/")  # SIGNING.TM, SIGNING.KT, SIGNING.TL ...
LEVEL = Namespace(VOCAB_BASE + "level/")  # LEVEL.party-central, LEVEL.national, LEVEL.provincial ...
RELATION = Namespace(VOCAB_BASE + "relation/")  # kinds of document relations (căn cứ, hướng dẫn ...)

DEFAULT_BASE = "https://w3id.org/vnpolicy/id/"

# Named graphs that are not per source document.
GRAPH_ONTOLOGY = "ontology"
GRAPH_REFERENCE = "reference"

PREFIXES = {
    "eli": ELI,
    "vnp": VNP,
    "doctype": DOCTYPE,
    "agencytype": AGENCYTYPE,
    "role": ROLE,
    "directive": DIRECTIVE,
    "status": STATUS,
    "signing": SIGNING,
    "level": LEVEL,
    "relation": RELATION,
    "org": ORG,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "foaf": FOAF,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "dcat": DCAT,
    "void": VOID,
    "sh": SH,
    "vcard": VCARD,
}


def sparql_prefixes() -> str:
    """The PREFIX lines every query may rely on."""
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


# The same prefixes as text: what serialisers, JSON-LD contexts and shorteners take.
PREFIX_IRIS = {name: str(namespace) for name, namespace in PREFIXES.items()}


def local_name(iri: str) -> str:
    """The last segment of an IRI, after its last ``/`` or ``#``: ``.../agency-type/so-tai-chinh`` -> ``so-tai-chinh``."""
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def curie(iri: str, prefixes: dict[str, str] = PREFIX_IRIS) -> str | None:
    """``prefix:local`` for an IRI under one of ``prefixes`` (the longest namespace wins; the local part not empty), else None."""
    text = str(iri)
    matches = [(len(namespace), prefix) for prefix, namespace in prefixes.items()
               if text.startswith(namespace) and len(text) > len(namespace)]
    if not matches:
        return None
    length, prefix = max(matches)
    return f"{prefix}:{text[length:]}"
