"""Conversions between pyoxigraph terms, rdflib terms and SPARQL JSON result terms."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def from_oxigraph(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    raise TypeError(f"unsupported term {term!r}")


def to_json_term(term: Identifier) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        json_term = {"type": "literal", "value": str(term)}
        if term.language:
            json_term["xml:lang"] = term.language
        elif term.datatype is not None and str(term.datatype) != XSD_STRING:
            json_term["datatype"] = str(term.datatype)
        return json_term
    raise TypeError(f"unsupported term {term!r}")


def from_json_term(json_term: dict[str, str]) -> Identifier:
    kind = json_term["type"]
    if kind == "uri":
        return URIRef(json_term["value"])
    if kind == "bnode":
        return BNode(json_term["value"])
    if "xml:lang" in json_term:
        return Literal(json_term["value"], lang=json_term["xml:lang"])
    datatype = json_term.get("datatype")
    if datatype in (None, XSD_STRING):
        return Literal(json_term["value"])
    return Literal(json_term["value"], datatype=URIRef(datatype))


def to_oxigraph(term: Identifier) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph's, which refuses an IRI or a language tag that is not valid."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype is not None else None)
    raise TypeError(f"unsupported term {term!r}")
