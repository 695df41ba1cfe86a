"""A title for a copy that lost it: what the text says the document issues.

Pasted copies often drop the trích yếu with the header table it sat in. The
text still names what it is: a cover decision's Điều 1 ("Ban hành kèm theo
Quyết định này Kế hoạch X": the decision's title is "Ban hành Kế hoạch X"),
or a plan's closing preamble sentence ("Ủy ban nhân dân tỉnh ban hành Kế hoạch
X như sau:": the plan's title is "X"), or, when a decision's copy lost both its
title and its Điều 1, the heading of the plan printed after it, in capitals over
"(Ban hành kèm theo Quyết định số <the decision's own number> ...)": the decision
issues that plan; or what a decision's Điều 1 approves ("Điều 1. Phê duyệt Đề án
X (sau đây gọi tắt là ...) với những nội dung sau:": "Phê duyệt Đề án X"), or the rules it issues ("Điều 1. Ban hành
kèm theo Quyết định này Quy định X": "Ban hành Quy định X"). A title found so is inferred, and says so; one found nowhere
stays empty for validation to report.
"""

from __future__ import annotations

import re

from vnpolicy.extract.casing import title_from_capitals
from vnpolicy.extract.cover import ANNEX_LINE
from vnpolicy.extract.header_text import folded_chars
from vnpolicy.extract.lines import Line, logical_lines
from vnpolicy.extract.model import PlanDocument
from vnpolicy.extract.numbers import find_number
from vnpolicy.extract.signature import is_signature_start
from vnpolicy.textnorm import is_all_caps

# The preamble's sentence in which the body names the plan it issues, in folded text (one character for one); not one
# telling of a plan it issued before ("UBND tỉnh đã ban hành Kế hoạch số 107/KH-UBND ngày ... về ..."): that plan is
# another, known by its number.
ISSUING_SENTENCE = re.compile(
    r"(?:^|[;,]\s*)(?:uy ban nhan dan|ubnd|chu tich)\b[^;]{0,80}?\b(?<!da )(?:ban hanh|xay dung)\s+"
    r"(?:ke hoach|chuong trinh(?: hanh dong)?)\s+(?!so\s*\d)(?P<title>\S.+?)"
    r"\s*(?:\(|:|,?\s*(?:nhu sau|gom|voi (?:cac |nhung )?noi dung|cu the)\b|[.;]?\s*$)"
)
# "ban hành Kế hoạch triển khai thực hiện, cụ thể như sau", "xây dựng kế hoạch thực hiện năm 2022 như sau": verbs naming
# no subject, their year or period aside, are no title either.
VERBS_ONLY = re.compile(r"^(?:(?:trien khai|to chuc|thuc hien|cu the hoa)\s*)+(?:(?:nam|giai doan)\s+[\d\s–-]+)?$")
# The same sentence naming first what the plan carries out: "Triển khai Quyết định số X ..., Ủy ban nhân dân tỉnh ban
# hành Kế hoạch thực hiện, cụ thể như sau:" (folded one character for one).
CARRIED_OUT_BEFORE_ISSUING = re.compile(
    r"^(?:[-+]\s*)?(?:tiep tuc\s+)?(?:trien khai\s+)?(?:thuc hien\s+)?(?P<what>(?:quyet dinh|nghi quyet|chi thi|ket luan|chuong trinh"
    r"|ke hoach|de an|chien luoc|cong van|thong bao)\b[^;]+?)\s*,\s*(?:uy ban nhan dan|ubnd|chu tich)\b")
# Short of this many words, what a sentence names is no title ("UBND tỉnh xây dựng Kế hoạch" / cut).
MIN_TITLE_WORDS = 3


# "Điều 1. Phê duyệt Đề án X (sau đây gọi tắt là ...) với những nội dung sau:", "Điều 1. Phê duyệt điều chỉnh quy hoạch
# ...", a Council's "Điều 1. Thông qua Kế hoạch ...", folded one character for one.
APPROVED_IN_ARTICLE_ONE = re.compile(
    r"^dieu 1\s*[.:]\s*(?P<title>(?:phe duyet|thong qua)\s+(?:dieu chinh,?\s+(?:bo sung\s+)?)?"
    r"(?:de an|chuong trinh|ke hoach|chien luoc|quy hoach|du an|phuong an)\b.+?)"
    r"\s*(?:\(|,?\s*(?:voi|gom) (?:cac |nhung )?(?:noi dung|muc tieu|chi tieu)|,?\s*nhu sau\b|:|;|\.?\s*$)"
)
# "Điều 1. Ban hành kèm theo Quyết định này Quy định khen thưởng ...", folded one character for one: rules issued, their
# name in quotes or not ("Ban hành theo Quyết định này “Quy chế …”" leaves out "kèm").
RULES_IN_ARTICLE_ONE = re.compile(
    r"^dieu 1\s*[.:]\s*ban hanh (?:kem )?theo (?:quyet dinh|nghi quyet) nay\s+(?:la\s+)?[\"“]?"
    r"(?P<rules>(?:quy dinh|quy che|quy trinh)\b.+?)[\"”]?\s*(?:\(|;|\.\s|\.?\s*$)")
# The annexed plan's heading: at most this many lines in capitals right above its "(Ban hành kèm theo ...)" line.
HEADING_MAX_LINES = 4
# The signer's position left in its own cell above that heading ("| CHỦ TỊCH |", "KT. CHỦ TỊCH"), folded.
SIGNERS_POSITION = re.compile(
    r"^(?:(?:tm|kt|tl|q)\s*\.?\s+)?(?:pho\s+)?(?:chu tich|giam doc|bo truong|thu truong|truong ban|bi thu)$")


def inferred_title(document: PlanDocument, preamble: list[Line]) -> tuple[str, int, str] | None:
    """(title, line, where it was found) for a document without a title, or ``None``."""
    issued = document.issued_plan
    if issued is not None and issued.span is not None:
        what = issued.title[:1].lower() + issued.title[1:]
        verb = "Phê duyệt" if issued.approved else "Ban hành"
        return f"{verb} {issued.type_name} {what}", issued.span.first, "the plan its Điều 1 issues"
    for line in preamble:
        match = ISSUING_SENTENCE.search(folded_chars(line.text))
        if match and len(match["title"].split()) >= MIN_TITLE_WORDS and not VERBS_ONLY.match(match["title"]):
            title = line.text[match.start("title"):match.end("title")].strip()
            return title[:1].upper() + title[1:], line.first, "the preamble's sentence issuing the plan"
        carried_out = CARRIED_OUT_BEFORE_ISSUING.match(folded_chars(line.text)) if match else None
        if carried_out and len(carried_out["what"].split()) >= MIN_TITLE_WORDS:
            # "Triển khai Quyết định số X ..., UBND tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau:": it carries X out
            return f"Thực hiện {line.text[carried_out.start('what'):carried_out.end('what')].strip()}", line.first, \
                "the preamble's sentence issuing the plan carrying out what it names"
    return _named_in_article_one(document) or _heading_of_the_annexed_plan(document)


def _heading_of_the_annexed_plan(document: PlanDocument) -> tuple[str, int, str] | None:
    """The capitals above "(Ban hành kèm theo Quyết định số N ...)" when N is the document's own number."""
    lines = document.text_lines
    for index, text in enumerate(lines):
        found = find_number(text) if ANNEX_LINE.match(text.strip()) else None
        if found is None or found[0].text != document.number:
            continue
        heading: list[str] = []
        for above in reversed(lines[max(0, index - HEADING_MAX_LINES):index]):
            cell = above.strip(" |")
            if not cell or not is_all_caps(cell) or is_signature_start(Line(cell, 0, 0)) \
                    or SIGNERS_POSITION.match(folded_chars(cell).lower()):
                break
            heading.insert(0, cell)
        words = " ".join(heading).split()
        if len(words) >= MIN_TITLE_WORDS:
            title = title_from_capitals(" ".join(words), (document.province,) if document.province else ())
            return title, index + 1 - len(heading), "the heading of the plan it issues"
    return None


def _named_in_article_one(document: PlanDocument) -> tuple[str, int, str] | None:
    """What a decision's Điều 1 approves ("Phê duyệt Đề án X"), else the rules it issues with it ("Ban hành Quy định X"):
    the text's logical lines are read once for both."""
    lines = [(line, folded_chars(line.text)) for line in logical_lines("\n".join(document.text_lines))]
    for line, folded in lines:
        match = APPROVED_IN_ARTICLE_ONE.match(folded)
        if match and len(match["title"].split()) >= MIN_TITLE_WORDS + 1:
            return line.text[match.start("title"):match.end("title")].strip(), line.first, "what its Điều 1 approves"
    for line, folded in lines:
        match = RULES_IN_ARTICLE_ONE.match(folded)
        if match and len(match["rules"].split()) >= MIN_TITLE_WORDS + 1:
            return f"Ban hành {line.text[match.start('rules'):match.end('rules')].strip()}", line.first, "the rules its Điều 1 issues"
    return None
