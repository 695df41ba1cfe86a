"""The central state bodies whose documents plans carry out, read from the curated facts.

``graph/reference/facts/central_bodies.tsv`` lists the Government, the Prime
Minister, the Government's office and inspectorate, the State Bank, and the
ministries and ministry-level agencies before and after the March 2025
restructuring, each with its name and the codes its documents' ký hiệu carry
(``…/QĐ-BCT`` is the Ministry of Industry and Trade's, ``…/QĐ-LĐTBXH`` the
former Ministry of Labour's). Plain data, no RDF.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from vnpolicy.settings import FACTS_DIR
from vnpolicy.textnorm import fold, nfc


@dataclass(frozen=True)
class CentralBody:
    codes: tuple[str, ...]  # the ký hiệu codes of its documents: ("LĐTBXH", "BLĐTBXH")
    name: str  # "Bộ Lao động - Thương binh và Xã hội"
    english_name: str
    until: date | None  # the day it ceased to exist under this name, if it did


@lru_cache(maxsize=1)
def central_bodies() -> tuple[CentralBody, ...]:
    with open(FACTS_DIR / "central_bodies.tsv", encoding="utf-8") as handle:
        return tuple(
            CentralBody(codes=tuple(nfc(row["codes"]).split()), name=nfc(row["name"]), english_name=row["english_name"],
                        until=date.fromisoformat(row["until"]) if row["until"] else None)
            for row in csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=1)
def _by_code() -> dict[str, CentralBody]:
    return {code: body for body in central_bodies() for code in body.codes}


@lru_cache(maxsize=1)
def _by_letters() -> dict[str, CentralBody]:
    return {name_letters(body.name): body for body in central_bodies()}


def name_letters(name: str) -> str:
    """A name's letters alone: hyphens, dashes, commas and line breaks a copy adds or loses do not count."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def body_by_code(code: str | None) -> CentralBody | None:
    """The central body whose documents carry ``code`` in their ký hiệu ("BCT" -> Bộ Công Thương)."""
    return _by_code().get(nfc(code)) if code else None


def body_named(text: str) -> CentralBody | None:
    """The central body ``text`` names in full, however it is cased or punctuated: "BỘ LAO ĐỘNG THƯƠNG BINH VÀ XÃ
    HỘI" (its hyphen lost where a header cell broke the name) is the Bộ Lao động - Thương binh và Xã hội."""
    return _by_letters().get(name_letters(text))
