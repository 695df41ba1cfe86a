"""Citations of other documents: "Quyết định số 169/QĐ-TTg ngày 04/02/2021 của Thủ tướng Chính phủ".

A citation is a type word, a number, optionally a date and an issuer ("của ..."
or, in Party style, an apposition "Nghị quyết Đại hội ..."). Laws are also
cited by name alone ("Luật Đầu tư công"). Every mention is kept with its span;
mentions of the same number share one ``DocumentRef`` that collects what the
mentions say (the first mention is usually the full one, later ones give only
the number: NĐ 30/2020 Phụ lục I mục II.6.b).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from vnpolicy.extract.dates import match_date_at
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, DocumentRef, Warning_
from vnpolicy.extract.numbers import TYPE_CODES, find_number, issuer_from_suffix

_TYPE_WORDS = "|".join(sorted(TYPE_CODES, key=len, reverse=True))
CITATION_HEAD = re.compile(rf"(?P<kind>{_TYPE_WORDS})\s+(?:số\s*:?\s*)?(?=\d)")
DATE_LEAD = re.compile(r"\s*,?\s*(?:ban hành\s+)?(?=ngày\b)")
ISSUER_OF = re.compile(r"\s*,?\s*(?:của|do)\s+")
# Party style: "Nghị quyết số 09-NQ/ĐH ngày 15/10/2020 Nghị quyết Đại hội ...".
APPOSITION = re.compile(
    rf"\s+(?:(?:{_TYPE_WORDS})\s+)?(?=(?:Đại hội|Ban |Bộ |Hội đồng|Ủy ban|UBND|HĐND|Thủ tướng|Chính phủ|Quốc hội|Thành ủy|Tỉnh ủy)\b)"
)
# Where an issuer's name ends: punctuation or the verb/preposition that follows it.
ISSUER_END = re.compile(
    r"\s*(?:[,;()]|\.(?:\s|$)|$|\s(?:về|thực hiện|phê duyệt|ban hành|tại|đã|theo|nhằm|để|với|và các|gồm|quy định|hướng dẫn)\b)"
)
PART = re.compile(
    r"(?P<part>(?:Phụ lục|Điều|Khoản|Mục|Phần|Chương)\s+[IVXLC\d]+)\s+(?:ban hành\s+)?(?:kèm theo|của|tại)\s+$"
)
# A law cited by name: "Luật Đầu tư công", "Luật Trách nhiệm bồi thường của Nhà nước".
LAW_BY_NAME = re.compile(
    r"\bLuật\s+(?!số\b)(?P<name>[^\W\d_][^,;.()]*?)"
    r"(?=\s+(?:và|theo|để|nhằm|trong|đã|được|hiện hành|số\s*\d|năm\s*\d|ngày|có hiệu lực)\b|[,;.()]|$)"
)
# Sentences that state the plan's basis rather than merely citing.
BASIS_SENTENCE = re.compile(r"^(?:[-–+]\s*)?(?:Căn cứ|Quán triệt)\b", re.IGNORECASE)
LOCAL_PARTY_COMMITTEE = re.compile(r"\b(Thành ủy|Tỉnh ủy)$")
GENERIC_LOCALITY = re.compile(r"\b(thành phố|tỉnh)\b(?!\s+[A-ZĐ])")


@dataclass
class CitationReader:
    """Reads citations line by line, de-duplicating the documents they name."""

    province: str | None = None
    parent_number: str | None = None

    def __post_init__(self) -> None:
        self.documents: dict[str, DocumentRef] = {}
        self.citations: list[Citation] = []
        self.laws_by_name: list[str] = []
        self.warnings: list[Warning_] = []
        self._sentences: dict[int, str] = {}  # id(citation) -> the logical line it sits in

    def sentence_of(self, citation: Citation) -> str:
        return self._sentences.get(id(citation), citation.text)

    def read(self, line: Line) -> None:
        for match in CITATION_HEAD.finditer(line.text):
            self._read_citation(line, match)
        for match in LAW_BY_NAME.finditer(line.text):
            name = f"Luật {match['name'].strip()}"
            if match["name"][0].isupper() and name not in self.laws_by_name:
                self.laws_by_name.append(name)

    def _read_citation(self, line: Line, head: re.Match) -> None:
        text = line.text
        found = find_number(text[head.end() : head.end() + 40])
        if found is None or found[1].start() != 0:
            self.warnings.append(Warning_(line.first, "citation with an unreadable number", text[head.start() : head.end() + 40]))
            return
        number, number_match = found
        end = head.end() + number_match.end()
        cited_date, end = self._date_after(line, end)
        issuer, end = self._issuer_after(text, end)
        kind_code = TYPE_CODES[head["kind"]]
        # A law's number carries the issuer (58/2014/QH13), not its type.
        type_code = kind_code if kind_code == "LUAT" else number.type_code
        ref = self._merge(
            DocumentRef(
                number=number.text,
                type_code=type_code,
                date=cited_date,
                issuer=self._qualify(issuer) if issuer else issuer_from_suffix(number),
            )
        )
        part = PART.search(text[: head.start()])
        target = replace(ref, part=part["part"]) if part else ref
        start = part.start() if part else head.start()
        citation = Citation(target, self._relation(ref, text), line.span, text[start:end].strip())
        self._sentences[id(citation)] = text
        self.citations.append(citation)

    def _date_after(self, line: Line, position: int):
        lead = DATE_LEAD.match(line.text, position)
        if not lead:
            return None, position
        found = match_date_at(line.text, lead.end())
        if not found:
            return None, position
        parsed, end = found
        if parsed.problem:
            self.warnings.append(Warning_(line.first, parsed.problem, parsed.as_written))
        return parsed.value, end

    @staticmethod
    def _issuer_after(text: str, position: int) -> tuple[str | None, int]:
        lead = ISSUER_OF.match(text, position) or APPOSITION.match(text, position)
        if not lead:
            return None, position
        stop = ISSUER_END.search(text, lead.end())
        end = stop.start() if stop else len(text)
        issuer = text[lead.end() : end].strip()
        if not issuer or len(issuer.split()) > 14:
            return None, position
        return issuer, end

    def _qualify(self, issuer: str) -> str:
        """Name the province where the text leaves it implicit: "Ủy ban nhân dân thành phố",
        "Ban Thường vụ Thành ủy", "Đảng bộ thành phố lần thứ XVI" are the plan's own province's."""
        if not self.province:
            return issuer
        if LOCAL_PARTY_COMMITTEE.search(issuer):
            return f"{issuer} {self.province}"
        return GENERIC_LOCALITY.sub(lambda m: f"{m.group(1)} {self.province}", issuer, count=1)

    def _merge(self, ref: DocumentRef) -> DocumentRef:
        key = ref.number
        known = self.documents.get(key)
        if known is None:
            self.documents[key] = ref
            return ref
        known.date = known.date or ref.date
        known.issuer = known.issuer or ref.issuer
        return known

    def _relation(self, ref: DocumentRef, sentence: str) -> str:
        if self.parent_number and ref.number == self.parent_number:
            return "implements"
        if BASIS_SENTENCE.match(sentence):
            return "based_on"
        return "cites"

    def mark_parent(self, number: str) -> None:
        """Re-label the mentions of the plan's parent once it is known."""
        self.parent_number = number
        for citation in self.citations:
            if citation.target.number == number:
                citation.relation = "implements"
