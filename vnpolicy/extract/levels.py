"""The level of a document known only by its number: what the number's pattern says of its issuer.

A cited document that is not in the reference data is a stub: its level
(central Party, national, provincial Party, provincial) is not written
anywhere, but the ký hiệu usually tells it (Nghị định 30/2020/NĐ-CP,
Phụ lục VI; Hướng dẫn 36-HD/VPTW for Party documents):

* ``…/QĐ-TTg``, ``…/NQ-CP``, ``…/2024/QH15``, ``…/TT-BTC``, ``…/BKHCN-CNC``:
  the Prime Minister, the Government, the National Assembly, a ministry: national;
* ``…/KH-UBND``, ``…/NQ-HĐND``, ``…/SKHCN-QLCN``: a province's People's
  Committee or Council or one of its departments: provincial, never national;
* ``45-NQ/TW``, ``57-NQ/TW``: the Party's central bodies;
* ``09-NQ/TU``, ``76-CTr/TU``, ``12-NQ/ĐH``: a provincial Party committee or congress.

Anything else gives no level: the reader is told the level is unknown
rather than given a guess.
"""

from __future__ import annotations

import re

from vnpolicy.central_bodies import body_by_code
from vnpolicy.extract.agency_scope import issuer_code
from vnpolicy.extract.numbers import DocNumber, is_a_session_code, issuing_body_code, parse_number

PARTY_CENTRAL = "party-central"
NATIONAL = "national"
PARTY_PROVINCIAL = "party-provincial"
PROVINCIAL = "provincial"

# Issuer codes of national bodies other than ministries (ministries are B + capitals).
NATIONAL_CODES = {"TTg", "CP", "CTN", "VPCP", "TTCP", "NHNN", "UBDT", "KTNN", "TANDTC", "VKSNDTC", "BHXH"}
_MINISTRY = re.compile(r"^B[A-ZĐ]{1,8}$")  # BTC, BKHCN, BGDĐT, BNNMT ...
# A province's People's Committee or Council, its office, its departments (Sở: SKHCN, STC ...).
PROVINCIAL_CODES = {"UBND", "HĐND", "VP", "VPUBND"}
_DEPARTMENT = re.compile(r"^S[A-ZĐ]{1,8}$")
# Boards ("Ban"), whose codes start with B like a ministry's: a steering board (BCĐ), a management board (BQL) or a
# military command (BCH) exists at every level, so the code tells none; a Ban Dân tộc is a province's (the nation's
# is the UBDT).
BOARD_CODES = {"BCĐ", "BQL", "BCH", "BDT"}
PROVINCIAL_BOARD_CODES = {"BDT"}
# A steering committee of the Government or a national one ("BCĐ138/CP", "BCĐ389/QG").
NATIONAL_STEERING_BODY = re.compile(r"/(?:CP|QG)$")
# Party issuers: central bodies end in TW (TW, VPTW, BTGTW, UBKTTW); a provincial committee is TU, its congress ĐH.
_PARTY_CENTRAL = re.compile(r"TW$")
PARTY_PROVINCIAL_CODES = {"TU", "ĐH", "BTV", "BTVTU"}


# Codes of a province's own bodies wherever they end a ký hiệu ("…/TB-VP", "…/QĐ-BCĐ-VP": a provincial office).
LOCAL_BODY_CODES = {"UBND", "HĐND", "TU", "ĐH", "BTV", "VP"}


def is_provincial_number(number: str | None) -> bool:
    """A document of a province's own bodies, by its number: of provincial level (state or Party), or with a
    ký hiệu ending on one of the province's bodies. A citing document's province is then the cited one's."""
    if not number:
        return False
    return issuer_code(number) in LOCAL_BODY_CODES or level_from_number(number) in (PROVINCIAL, PARTY_PROVINCIAL)


def level_from_number(number: str | None) -> str | None:
    """The level the number's pattern gives (``"national"`` ...), or ``None`` when it gives none."""
    parsed = parse_number(number) if number else None
    if parsed is None:
        return None
    if parsed.family == "party":
        return _party_level(parsed.issuer_code or "")
    return _state_level(parsed)


def _party_level(issuer: str) -> str | None:
    if _PARTY_CENTRAL.search(issuer):
        return PARTY_CENTRAL
    if issuer in PARTY_PROVINCIAL_CODES:
        return PARTY_PROVINCIAL
    return None


def _state_level(number: DocNumber) -> str | None:
    code = issuing_body_code(number)
    if NATIONAL_STEERING_BODY.search(number.issuer_code or ""):
        return NATIONAL
    if code in BOARD_CODES:
        return PROVINCIAL if code in PROVINCIAL_BOARD_CODES else None
    if code in NATIONAL_CODES or body_by_code(code) or is_a_session_code(code) or _MINISTRY.match(code):
        return NATIONAL
    if code in PROVINCIAL_CODES or _DEPARTMENT.match(code):
        return PROVINCIAL
    return None


