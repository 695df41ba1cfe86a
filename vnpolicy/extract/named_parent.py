"""A document a plan says it carries out, named without its number.

Real plans often name what they carry out only by name: "Kế hoạch thực hiện Chương
trình điều chỉnh mức sinh phù hợp các vùng, đối tượng đến năm 2030 trên địa bàn
tỉnh X", "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, ...", "Triển khai
thi hành Luật Hòa giải ở cơ sở". When no numbered parent is found, the document so
named in the title, or else in the preamble's first "Thực hiện"/"Triển khai"
sentence, is the parent: a reference known by its name, its level read from the
name where the name says it, marked inferred and warned, for a steward to add its
number. Only a type word opening the name makes it a document ("thực hiện nhiệm vụ
năm 2021" names none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnpolicy.extract.header_text import folded_chars
from vnpolicy.extract.levels import NATIONAL, PARTY_CENTRAL, PARTY_PROVINCIAL, PROVINCIAL
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import DocumentRef
from vnpolicy.extract.numbers import TYPE_CODES
from vnpolicy.provinces import province_names
from vnpolicy.textnorm import fold, squash_spaces

# Types a plan carries out (folded, longest first): never a report, a proposal or a letter, which have numbers.
CARRIED_OUT_KINDS = ("chuong trinh hanh dong", "ke hoach hanh dong", "chuong trinh", "chien luoc", "de an", "nghi quyet",
                     "chi thi", "ket luan", "ke hoach", "quyet dinh", "luat", "du an")
# A strategy is no type of document of its own: the Prime Minister's decision approving it (QĐ) is what is cited.
KIND_CODE = {fold(name): code for name, code in TYPE_CODES.items()} | {"ke hoach hanh dong": "KH", "du an": "DA", "chien luoc": "QĐ"}
# "thực hiện Chương trình X", "triển khai thi hành Luật Y", "tiếp tục thực hiện Nghị quyết Z" (folded, 1:1 with the text).
CARRYING_OUT = re.compile(
    r"\b(?:thuc hien|trien khai(?: thuc hien)?|thi hanh)\s+(?:thi hanh\s+)?"
    # or the parts of it carried out: "thực hiện các mô hình triển khai, nhiệm vụ tại Đề án X"
    r"(?:(?:cac\s+)?(?:[a-z]+,?\s+){1,6}?(?:tai|cua)\s+)?"
    rf"[\"“”]?(?P<kind>{'|'.join(CARRIED_OUT_KINDS)})\s+(?P<name>(?!so\b)[^\n]+)"
)
# A name in quotes ("Đề án “Xây dựng làng an toàn, khu dân cư an toàn; ...”") runs to its closing quote.
QUOTED = re.compile(r"\s*[\"“](?P<quoted>[^\"”]{3,300})[\"”]")
# The plan's own province after the name ("... đến năm 2030 tỉnh Bạc Liêu"): where it carries the document out.
TRAILING_PROVINCE = re.compile(r"\s+(?:cua\s+)?(?:tinh|thanh pho)\s+(?P<place>[a-z -]+)$")
# Where the name ends: the plan's own place or period after it, or the next clause.
NAME_END = re.compile(r"\s+(?:tren dia ban|cua (?:uy ban|ubnd|hoi dong)|nhu sau|ve viec ban hanh)\b|[;:(]|,\s+(?:uy ban|ubnd)\b|\.\s|\.$")
# "tại" too, known by its mark: folded, it reads like "tài", "tải".
AT_PLACE = re.compile(r"\s+(?:tại|Tại|TẠI)\b")
# A number anywhere in the name: then it was cited by number, and the citation reader has it.
HAS_NUMBER = re.compile(r"\d+\s*[/-]\s*[a-z]")
MIN_NAME_WORDS = 3
# A preamble sentence carrying something out: "Thực hiện ...", "Để tiếp tục triển khai ..." (folded).
CARRYING_OUT_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:de\s+)?(?:tiep tuc\s+)?(?:thuc hien|trien khai)\b")
# What the name says of its issuer's level (folded).
PARTY_PROVINCIAL_NAME = re.compile(r"\b(?:dang bo (?:tinh|thanh pho)|tinh uy|thanh uy|ban thuong vu)\b")
PARTY_CENTRAL_NAME = re.compile(r"\b(?:dang toan quoc|dai hoi (?:dai bieu )?toan quoc|trung uong|bo chinh tri|ban bi thu)\b")
PROVINCIAL_NAME = re.compile(r"\b(?:hoi dong nhan dan|hdnd|uy ban nhan dan|ubnd)\s+(?:tinh|thanh pho)\b")
NATIONAL_NAME = re.compile(r"\b(?:quoc gia|chinh phu|thu tuong|quoc hoi)\b")


@dataclass(frozen=True)
class NamedParent:
    document: DocumentRef  # no number; its level, when the name states it
    line: int  # where it is named


def parent_named_without_number(title: str, title_line: int, preamble: list[Line]) -> NamedParent | None:
    """The document the title, else the preamble's first sentence carrying something out, names without a number."""
    found = _named_in(title, title_line)
    if found:
        return found
    for line in preamble:
        if CARRYING_OUT_SENTENCE.match(fold(line.text)):
            return _named_in(line.text, line.first)
    return None


def _named_in(text: str, line: int) -> NamedParent | None:
    folded = folded_chars(text)
    match = CARRYING_OUT.search(folded)
    if not match:
        return None
    start, end = match.start("kind"), match.end("name")
    quoted = QUOTED.match(text, match.start("name"))
    search_from = quoted.end() if quoted else match.start("name")
    for stop in (NAME_END.search(folded, search_from, end), AT_PLACE.search(text, search_from, end)):
        if stop:
            end = min(end, stop.start())
    own_place = TRAILING_PROVINCE.search(folded, start, end)
    if own_place and own_place["place"].strip() in province_names():
        end = own_place.start()
    name = _quotes_balanced(squash_spaces(text[start:end]).rstrip(" ,."))
    words = name.split()
    if len(words) < MIN_NAME_WORDS or HAS_NUMBER.search(fold(name)) or not words[0][:1].isupper():
        return None  # a common noun ("thực hiện kế hoạch năm") or a document cited by number
    code = KIND_CODE[match["kind"]]
    return NamedParent(DocumentRef(number=None, type_code=code, name=name, level=_level_named(fold(name))), line)


def _quotes_balanced(name: str) -> str:
    """A name without the closing quote of a title that opened its quote before the type word ("“Chương trình X”"
    -> "Chương trình X"), and with the closing quote of one cut inside its quote."""
    opened, closed = name.count("“"), name.count("”")
    if closed > opened and name.endswith("”"):
        return name[:-1].rstrip()
    if opened > closed:
        return name + "”"
    return name


def _level_named(name: str) -> str | None:
    if PARTY_PROVINCIAL_NAME.search(name):
        return PARTY_PROVINCIAL
    if PARTY_CENTRAL_NAME.search(name):
        return PARTY_CENTRAL
    if PROVINCIAL_NAME.search(name):
        return PROVINCIAL
    if NATIONAL_NAME.search(name) or name.startswith("luat "):
        return NATIONAL
    return None
