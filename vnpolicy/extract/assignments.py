"""The assignment section (PHÂN CÔNG NHIỆM VỤ / TỔ CHỨC THỰC HIỆN): one numbered entry per agency.

Duty counting rule, derived from every entry of the three clean seeds
(001: 12 entries, 002: 15, 004: 4) and matching tests/seeds.json "about":

* each '-' bullet or lettered point of an entry is one duty;
* an entry without a list has its paragraph(s) (or the sentence after its name
  on the heading line) as duties;
* the entry's own sentence before a list is its *preamble*, never a duty, even
  when it assigns work of its own: 001 entry 1 ("có trách nhiệm theo dõi, kiểm
  tra ...; chủ trì thực hiện các nhiệm vụ sau:" + 4 bullets = 4 duties), 002
  entry 1 ("Chủ trì tổ chức thực hiện kế hoạch này. Định kỳ ... Chủ trì thực
  hiện các nhiệm vụ sau:" + 5 bullets = 5) and 002 entry 2 ("Chủ trì, phối hợp
  với Bộ chỉ huy Bộ đội Biên phòng tỉnh theo dõi ... Chủ trì thực hiện các nhiệm
  vụ sau:" + 3 bullets = 3) all count only their bullets. Partners named in a
  preamble are kept on the entry (``AssignmentEntry.supporting``).

Roles: in an entry whose own words do not say its agency leads (no "chủ trì"),
a duty opening "Phối hợp với X ..." is led by X, the entry's agency supporting;
one opening "Phối hợp ..." alone is supported by the entry's agency, its lead
unnamed.
"""

from __future__ import annotations

import re

from vnpolicy.extract.agencies import REQUEST, mention, names_an_agency, partners, split_entry_heading
from vnpolicy.extract.model import AssignmentEntry, Directive, Duty
from vnpolicy.extract.outline_use import Usage
from vnpolicy.extract.structure import Block
from vnpolicy.textnorm import compile_marked_or_not, fold

SUPPORTS = compile_marked_or_not(r"^(?:chủ động\s+)?phối hợp\b", re.IGNORECASE)
SUPPORTS_NAMED_LEAD = compile_marked_or_not(r"^(?:chủ động\s+)?phối hợp\s+(?:với|cùng)\s+", re.IGNORECASE)


def read_entry(item: Block, usage: Usage) -> AssignmentEntry:
    usage.use(item)
    name, requested, heading_rest = split_entry_heading(item.text)
    paragraphs = item.paragraphs
    first_sentence = heading_rest or (paragraphs[0].text if paragraphs else "")
    requested = requested or bool(REQUEST.match(first_sentence))
    entry = AssignmentEntry(
        agency=mention(name) if names_an_agency(name) else None,
        directive=Directive.REQUESTED if requested else Directive.DIRECTED,
        span=item.span,
    )
    if item.list_items:
        entry.preamble = " ".join(filter(None, [heading_rest, *(p.text for p in paragraphs)])) or None
        usage.use(*paragraphs)
        leads = _says_it_leads(entry.preamble)
        for child in item.list_items:
            usage.use_tree(child)
            entry.duties.append(_duty(child.text, child, leads))
    else:
        if heading_rest and not heading_rest.endswith(":"):
            entry.duties.append(_duty(heading_rest, item, False))
        elif heading_rest:
            entry.preamble = heading_rest
        for paragraph in paragraphs:
            usage.use(paragraph)
            entry.duties.append(_duty(paragraph.text, paragraph, _says_it_leads(entry.preamble)))
    entry.supporting = partners(entry.preamble or "")
    return entry


def _says_it_leads(preamble: str | None) -> bool:
    return "chu tri" in fold(preamble or "")


def _duty(text: str, block: Block, entry_leads: bool) -> Duty:
    duty = Duty(text, block.span, partners(text))
    if entry_leads or not SUPPORTS.match(text):
        return duty
    duty.entry_supports = True
    if SUPPORTS_NAMED_LEAD.match(text) and duty.supporting:
        duty.lead, duty.supporting = duty.supporting[0], duty.supporting[1:]
    return duty
