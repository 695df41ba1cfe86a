"""Parents chosen among bare legal bases ("Căn cứ ..."), when the text never says what the plan carries out: the policy
basis sharing a term, most of the topic or the topic's own words with the title; the guidance or decree on its
whole topic; else the first policy basis, always with a warning. Laws, decrees, circulars and rules are never taken
from bare bases unless one is on the title's very topic, or is what a province's own rules localise or apply, or
leaves to the province the levels or policies the document sets."""

from __future__ import annotations

import re
from functools import lru_cache

from vnpolicy.extract.citations import BASIS_SENTENCE, CitationReader
from vnpolicy.extract.glued import place_words
from vnpolicy.extract.header import Header
from vnpolicy.extract.levels import NATIONAL, level_from_number
from vnpolicy.extract.lines import Line
from vnpolicy.extract.model import Citation, Warning_
from vnpolicy.extract.numbers import issuing_body_code, parse_number
from vnpolicy.extract.parent_clauses import (
    ANNOUNCED_PROCEDURES,
    APPROVING_VERB,
    BASIS_ONLY_TYPES,
    CARRYING_OUT_CLAUSE,
    CARRYING_OUT_WORDS,
    DRAFTING_GUIDANCE,
    KIND_WORDS,
    LETTER_TYPES,
    NAMES_ITS_SUBJECT,
    OWN_PLACE,
    PERIOD_END,
    PLACE_OF_THE_PLAN,
    PLAN_KINDS,
    PLAN_YEAR,
    REGULATES_ONLY,
    SETS_A_BODY_S_FUNCTIONS,
    TITLE_RUN_LEAD,
    TITLE_RUN_WORDS,
    TITLED_AS_CARRYING_OUT,
    YEAR_OF_A_PLAN,
    Parents,
    cited_next,
    cited_on,
    fold_at,
    for_another_year,
    inferred,
    kind_and_topic,
    kind_and_words,
    may_be_carried_out,
    named_after,
    of_the_party,
    of_the_party_body,
    own_clause_of,
    said_before_it,
    shared_run,
    the_only_one,
    title_subject,
    title_subject_and_period,
    without_own_province,
    words_only,
)
from vnpolicy.read.syllables import could_be_syllable, is_syllable
from vnpolicy.textnorm import fold

# What a cited document approves or issues, in the sentence that cites it: "... phê duyệt Chương trình Y đến năm ...";
# a "về việc" starts the next one ("triển khai theo Kế hoạch số ... về việc Y": Y is what that plan is about). A dot
# between digits is a thousands mark ("15.000 hợp tác xã"), not the sentence's end.
CITED_SUBJECT = re.compile(
    r"\b(?:phe duyet|ban hanh|ve viec|trien khai|thuc hien)\s+(?:(?:phe duyet|ban hanh|trien khai|thuc hien)\s+)?"
    r"(?P<subject>.+?)(?:\s+(?:tren dia ban|den nam|giai doan|theo(?! doi)|tai_at)\b|(?=\s+ve viec\b)|;|\.(?!\d)|$)"
)


# A cited document that approves or issues a policy to carry out: "... ban hành Chiến lược quốc gia về ...".
POLICY_KINDS = r"(?:chien luoc|chuong trinh|ke hoach|de an|quy hoach)\b"

APPROVES_A_POLICY = re.compile(rf"\b(?:{APPROVING_VERB}|thong qua\s+){POLICY_KINDS}")

# One that issues it itself: rules "for carrying out Chương trình X" ("định mức phân bổ vốn ... thực hiện chương trình
# mục tiêu quốc gia ...") still only regulate.
ISSUES_A_POLICY = re.compile(rf"\b(?:phe duyet|ban hanh|thong qua)\s+{POLICY_KINDS}")


def regulates_only(citation: Citation, citations: CitationReader) -> bool:
    """A decision or resolution that sets rules ("ban hành Quy định tạm thời ...", "giải thích một số điều của Luật"),
    in its own words and without approving a strategy, programme or plan."""
    clause = own_clause_of(citation, citations)
    return bool(REGULATES_ONLY.search(clause)) and not ISSUES_A_POLICY.search(clause)


def first_policy_basis(header: Header, citations: CitationReader, candidates: list[Citation], bases: set[int],
                        approving_a_policy: bool = False) -> Parents:
    """The first document of a policy type cited in a "Căn cứ" sentence of the preamble (or in a section of legal
    bases), with a warning (when ``approving_a_policy``, the first whose own words approve or issue a strategy,
    programme or plan, or that is itself a directive, plan or programme). Laws, decrees, circulars and documents that
    only set rules are never taken: with nothing else among the bases, no parent is better than one of them, and a
    warning says so."""
    preamble = [line for line in header.preamble if BASIS_SENTENCE.match(fold(line.text)) or id(line) in bases]
    cited = [c for line in preamble for c in cited_on(line, candidates)]
    title = fold_at(header.title or "")
    # a title setting levels, spending or policies weighs the national rules it localises only after every policy basis
    sets_levels = LOCAL_RULES_TITLE.match(title) is not None
    arranging_units = bool(ARRANGES_UNITS.search(title))
    policies = _drafting_guidance_last([c for c in cited if _policy_basis(c, citations, arranging_units)], citations)
    own_bases = [c for line in preamble for c in not_carried_out_by_another(cited_on(line, candidates), line) if c in policies]
    # what a supervision's results or a master plan concludes: the step that set it going
    concluded = (_the_resolution_setting_up_the_supervision(header, citations, cited)
                 or _the_task_of_drawing_it_up(header, citations, cited)
                 or _the_decision_setting_up_the_body_its_rules_run(header, citations, cited)
                 or _the_resolution_reorganising_the_departments(header, citations, cited)
                 or _the_ministry_s_announcement_it_lists_for_the_province(header, citations, cited)
                 or _the_one_issuing_what_the_title_issues(header, citations, cited))
    if concluded is not None:
        return concluded
    asking = (_the_one_whose_subject_the_title_restates(header, citations, policies)
              or _the_letter_asking_for_this_year_s_plan(header, citations, candidates, policies)
              or _the_body_s_own_plan_for_the_title_s_year(header, citations, policies)
              or _the_council_s_tasks_for_the_title_s_year(header, citations, policies))
    if asking is not None:
        return asking
    # rules named whole by one national document's rules ("Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu
    # hồi đất ..." under "Nghị định ... quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất") localise
    # those, however many words a policy basis shares with them
    localised_whole = None if sets_levels else _the_rules_it_localises(header, citations, cited, whole_only=True)
    if localised_whole is not None:
        return localised_whole
    by_topic = (_the_one_sharing_a_term(header, citations, policies) or _the_one_closest_in_topic(header, citations, policies)
                or _the_one_most_on_topic(header, citations, own_bases))
    if by_topic is not None:
        return _the_action_plan_carrying_it_out(citations, policies, by_topic) or by_topic
    of_the_kind = _the_one_approving_the_kind_carried_out(header, citations, policies)
    if of_the_kind is not None:
        return of_the_kind
    decree = _the_decree_on_the_very_topic(header, citations, cited, policies) or _the_rules_the_title_follows(header, citations, cited)
    if decree is not None:
        return decree
    guidance = _the_guidance_on_the_whole_topic(header, citations, cited, policies)
    if guidance is not None:
        return guidance
    told_apart = _the_one_most_on_topic(header, citations, own_bases, break_ties=True)
    if told_apart is not None:
        return told_apart
    applied = None if sets_levels else (
        _the_rules_it_localises(header, citations, cited) or _the_national_rules_its_rules_apply(header, citations, cited))
    if applied is not None:
        return applied
    # rules of procedure or management rest on many documents; only one approving a policy, or a directive or plan
    # itself, may be what they carry out
    approving_a_policy = approving_a_policy or ISSUES_OWN_RULES.match(title) is not None
    # no policy basis, or drafting guidance set aside while another policy basis is cited, is never taken
    eligible = [(line, citation) for line in preamble for citation in cited_on(line, candidates) if citation in policies
                and not (approving_a_policy and not (APPROVES_A_POLICY.search(own_clause_of(citation, citations))
                                                     or of_the_party(citation) or _a_council_on_a_policy(citation, citations)
                                                     or citation.target.type_code in ("CT", "KH", "CTr")))]
    if eligible:
        # a document a basis names only as what it carries out comes after the bases of the plan's own
        line, citation = next(((line, c) for line, c in eligible if c in own_bases), eligible[0])
        carrier = _own_programme_carrying_it_out(header, citations, policies, citation)
        if carrier is not None:
            return inferred(citations, carrier, "the body's own programme carrying out the first policy basis",
                            f"the body's own programme carrying out {citation.target.number}, the first policy"
                            " document the preamble rests on")
        return (_the_first_on_topic_after_one_off_it(header, citations, [c for _, c in eligible if c in own_bases])
                or inferred(citations, citation, "first policy document among the bases",
                            "the first policy document the preamble rests on", line))
    localised = (_the_council_resolution_setting_its_levels(header, citations, cited)
                 or _the_rules_it_localises(header, citations, cited) or _the_decree_its_local_rules_apply(header, citations, cited)
                 if sets_levels else None)
    if localised is not None:
        return localised
    untitled = None if header.title else _the_first_ground_of_an_untitled_copy(citations, cited, preamble)
    if untitled is not None:
        return untitled
    applied_decree = _the_decree_it_gives_effect_to(header, citations, cited, policies)
    if applied_decree is not None:
        return applied_decree
    if cited:
        return Parents(warnings=[Warning_(
            cited[0].span.first, "no parent found: the bases cited are laws, decrees, circulars or rules, none a policy the"
            " plan carries out; check it", citations.sentence_of(cited[0])[:120])])
    return Parents()


# A basis issuing the state's action plan or programme for another document ("... ban hành Kế hoạch hành động thực
# hiện Nghị quyết số 76/NQ-CP ..."), folded.
ISSUES_AN_ACTION_PLAN = re.compile(r"\bban hanh\s+(?:ke hoach|chuong trinh)\s+hanh dong\s+(?:trien khai\s+)?thuc hien\b")


def _the_action_plan_carrying_it_out(citations: CitationReader, policies: list[Citation], by_topic: Parents) -> Parents | None:
    """The Government's resolution or directive the topic points to, when another basis issues the action plan
    carrying it out ("Quyết định số 1270/QĐ-TTg ... ban hành Kế hoạch hành động thực hiện Nghị quyết số 76/NQ-CP ..."):
    a province's plan on that topic carries out the action plan, the nearer document. A Party resolution is left as it
    is: what the labelled plans choose between it and the Government's programme for it goes either way."""
    chosen = by_topic.main
    cited = parse_number(chosen.number or "") if chosen else None
    if cited is None or cited.family == "party" or cited.type_code not in ("NQ", "CT"):
        return None

    def carries_it_out(citation: Citation) -> bool:  # its clause issues the action plan, and the chosen is cited next
        following = cited_next(citation, citations)
        return bool(ISSUES_AN_ACTION_PLAN.search(own_clause_of(citation, citations)) and following
                    and following.target.number == chosen.number)

    plan = the_only_one([c for c in policies if c.target.number != chosen.number and carries_it_out(c)])
    if plan is None:
        return None
    return inferred(citations, plan, "the action plan carrying out the basis on the title's topic",
                    f"the action plan carrying out {chosen.number}, the basis on the title's topic")


def _own_programme_carrying_it_out(header: Header, citations: CitationReader, policies: list[Citation],
                                   basis: Citation) -> Citation | None:
    """The only other policy basis of the plan's own body whose own words carry ``basis`` out ("Quyết định số 299/QĐ-UBND
    ... ban hành Chương trình hành động thực hiện Nghị quyết số 14-NQ/TU", beside that resolution), or that issues a
    plan on a Party basis's very subject without saying so: the province's programme for the resolution is the nearer
    document a plan on its topic carries out."""
    own = header.number.issuer_code if header.number else None
    number = fold(basis.target.number or "")
    if not own or not number:
        return None

    def carries_it_out(citation: Citation) -> bool:  # its sentence goes on "... thực hiện Nghị quyết số <basis>"
        sentence = fold(citations.sentence_of(citation))
        carrying = CARRYING_OUT_A_DOCUMENT.search(sentence, max(sentence.find(fold(citation.text)), 0))
        return carrying is not None and sentence.find(number, carrying.start()) >= 0

    def on_its_subject(citation: Citation) -> bool:
        return of_the_party(basis) and _issues_a_plan_on_the_subject_of(citation, basis, citations, header)

    return the_only_one([c for c in policies if c.target.number != basis.target.number and (carries_it_out(c) or on_its_subject(c))
                         and (cited := parse_number(c.target.number or "")) is not None and cited.issuer_code == own])


# What a resolution is about ("... về (việc) phát triển nông nghiệp ứng dụng công nghệ cao tỉnh X giai đoạn ..."), its
# period left out (folded).
RESOLVED_ON = re.compile(r"\bve\s+(?:viec\s+)?(?P<subject>.+?)(?:\s+(?:giai doan|den nam|tren dia ban|nhiem ky)\b|;|$)")

# Fewer words than this in a resolution's subject name no particular plan.
SUBJECT_OF_A_PLAN_WORDS = 4


def _issues_a_plan_on_the_subject_of(citation: Citation, basis: Citation, citations: CitationReader, header: Header) -> bool:
    """Whether ``citation`` issues a plan or programme whose name holds the whole subject of ``basis``, the province
    aside: "Quyết định ... ban hành Kế hoạch phát triển nông nghiệp ứng dụng công nghệ cao tỉnh X giai đoạn 2012 - 2020"
    beside the Party committee's "Nghị quyết ... về việc phát triển nông nghiệp ứng dụng công nghệ cao tỉnh X ..."."""
    issued = ISSUES_A_POLICY.search(own_clause_of(citation, citations))
    about = RESOLVED_ON.search(own_clause_of(basis, citations))
    if issued is None or about is None:
        return False
    subject = without_own_province(about["subject"], header).split()
    named = without_own_province(own_clause_of(citation, citations)[issued.end():], header).split()
    return len(subject) >= SUBJECT_OF_A_PLAN_WORDS and shared_run(subject, named) == len(subject)


# The procedure of issuing any document ("... quy định chi tiết ... Luật Ban hành văn bản quy phạm pháp luật", "... ban
# hành Quy chế làm việc của Chính phủ"): the ground of every decision, never what one carries out (folded).
ISSUING_PROCEDURE = re.compile(r"\bluat ban hanh van ban\b|\bquy che lam viec\b")
# Laws and ordinances: the frame of every decision in their field, never the rules one applies.
LAW_TYPES = frozenset({"LUAT", "PL"})


def _the_first_ground_of_an_untitled_copy(citations: CitationReader, cited: list[Citation], preamble: list[Line]) -> Parents | None:
    """A copy that lost its title (a site printing the title apart from the text) cannot tell its topic, so no basis
    can be weighed against it; its first basis that is neither a law, an amendment, the procedure of issuing
    documents, nor a body's founding or functions is the document it most likely applies, with a warning."""
    for citation in cited:
        clause = own_clause_of(citation, citations)
        if (citation.target.type_code not in LAW_TYPES and not citation.target.part and may_be_carried_out(citation, citations)
                and not AMENDS_OTHERS.search(clause) and not ISSUING_PROCEDURE.search(_up_to_its_semicolon(citation, preamble))
                and not SETS_UP_A_BODY.search(clause)):
            return inferred(citations, citation, "the first ground of a copy without its title",
                             "the copy has lost its title, so no basis can be weighed against its topic: the first basis"
                             " that is neither a law nor a procedure")
    return None


def _up_to_its_semicolon(citation: Citation, preamble: list[Line]) -> str:
    """The (folded) words of the basis line from a citation's number to the next semicolon: a decree detailing "Luật
    Ban hành văn bản ..." runs on over that law's own citation, where ``own_clause_of`` stops."""
    text = next((fold_at(line.text) for line in preamble if line.span == citation.span), "")
    start = max(text.find(fold_at(citation.target.number or "")), 0)
    end = text.find(";", start)
    return text[start:] if end < 0 else text[start:end]


# A council's resolution on what its supervision found ("Về kết quả giám sát tình hình ... "), and the resolution that set
# the supervision up ("... về thành lập Đoàn giám sát việc ..."), folded.
SUPERVISION_RESULTS = re.compile(r"^(?:ve\s+(?:viec\s+)?)?(?:thong qua\s+)?ket qua (?:giam sat|khao sat)\b")
SETS_UP_A_SUPERVISION = re.compile(r"\bthanh lap doan (?:giam sat|khao sat)\b")


def _the_resolution_setting_up_the_supervision(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A council's resolution on the results of a supervision concludes the one the resolution setting up its supervising
    delegation started ("Nghị quyết số ... về thành lập Đoàn giám sát ..."), more than the guidance on how councils
    supervise or the year's programme of supervisions; inferred and warned."""
    if not SUPERVISION_RESULTS.match(fold_at(header.title or "")):
        return None
    return _the_only_one_inferred(citations, [c for c in cited if SETS_UP_A_SUPERVISION.search(own_clause_of(c, citations))],
                                  "the resolution setting up the supervision whose results it adopts",
                                  "the resolution setting up the supervision whose results this one adopts")


def _the_only_one_inferred(citations: CitationReader, found: list[Citation], how: str, why: str) -> Parents | None:
    """The one document ``found`` (by its number), inferred as the parent with a warning saying ``why``; none if several."""
    chosen = the_only_one(found)
    return None if chosen is None else inferred(citations, chosen, how, why)


# A master plan, scheme or programme adopted or approved ("Về việc thông qua Quy hoạch tỉnh X thời kỳ 2021 - 2030 ...",
# "Phê duyệt Đề án phát triển X ..."), and the approval of the task or the outline of drawing it up ("... phê duyệt
# nhiệm vụ lập Quy hoạch tỉnh X ...", "... phê duyệt đề cương và dự toán kinh phí lập Quy hoạch X ...", "... phê duyệt
# Đề cương và kinh phí lập Quy hoạch X ...", "... phê duyệt đề cương Đề án X"), folded words; the name runs to its period
# or its place.
DRAWN_UP_KINDS = r"(?:quy hoach|de an|chuong trinh|chien luoc)"
MASTER_PLAN_TITLE = re.compile(r"^(?:ve\s+(?:viec\s+)?)?(?:thong qua|phe duyet)\s+(?:dieu chinh\s+)?"
                               rf"(?P<kind>{DRAWN_UP_KINDS})\s+(?P<name>.+)$")
TASK_OF_DRAWING_UP = re.compile(r"\bphe duyet (?:nhiem vu|de cuong)(?:\s+va\s+(?:du toan(?:\s+kinh phi)?|kinh phi))?"
                                rf"\s+(?:lap\s+|xay dung\s+)?(?:dieu chinh\s+)?(?P<kind>{DRAWN_UP_KINDS})\s+(?P<name>.+)$")
NAME_ENDS_AT_PERIOD = re.compile(r"\s+(?:thoi ky|giai doan|den nam|tam nhin|tren dia ban)\b.*$")
# Words counting what a name covers, which an outline and its document word each their own way ("một số tỉnh vùng Tây
# Bắc", "các tỉnh vùng Tây Bắc"), folded.
QUANTIFIERS = re.compile(r"\b(?:cac|mot so|nhung)\s+")
DRAWN_UP_KIND_NAMES = {"quy hoach": "master plan", "de an": "scheme", "chuong trinh": "programme", "chien luoc": "strategy"}


def _the_task_of_drawing_it_up(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A master plan (or a scheme, programme or strategy) adopted or approved, resting on the approval of the task or
    the outline of drawing up that very document (the same kind and name before its period and place), carries that
    task out: the approving body set it, the document fulfils it. Inferred and warned."""
    title = MASTER_PLAN_TITLE.match(words_only(fold_at(header.title or "")))
    if title is None:
        return None
    name = _drawn_up_name(title["name"])
    tasks = []
    for citation in cited:
        task = TASK_OF_DRAWING_UP.search(words_only(own_clause_of(citation, citations)))
        if task is not None and task["kind"] == title["kind"] and _drawn_up_name(task["name"]) == name:
            tasks.append(citation)
    return _the_only_one_inferred(citations, tasks, "the approval of the task or outline of drawing it up",
                                  f"the approval of the task or outline of drawing up this very {DRAWN_UP_KIND_NAMES[title['kind']]}")


def _drawn_up_name(name: str) -> str:
    return QUANTIFIERS.sub("", NAME_ENDS_AT_PERIOD.sub("", name))


# Rules by which a body works ("Ban hành Quy chế hoạt động của Ban Chỉ đạo X ...", "Quy chế làm việc của Tổ công tác
# Y"), folded words: the body's name runs to its period or place.
BODY_RULES_TITLE = re.compile(r"\bquy che\s+(?:hoat dong|lam viec|to chuc va hoat dong)\s+cua\s+(?P<body>(?:ban|to|hoi dong|uy ban)\s.+)$")
# Enough words of a body's name to tell it from another body of its kind ("ban chi dao cong tac dan so").
BODY_NAME_WORDS = 5


def _the_decision_setting_up_the_body_its_rules_run(header: Header, citations: CitationReader,
                                                      cited: list[Citation]) -> Parents | None:
    """The rules by which a board or team works serve the decision that set it up or reshaped it ("... về việc kiện
    toàn Ban Chỉ đạo X"): that decision gives the body its task and asks for its rules. The only such decision naming
    the body's own name, inferred and warned."""
    title = BODY_RULES_TITLE.search(words_only(fold_at(header.title or "")))
    if title is None:
        return None
    name = NAME_ENDS_AT_PERIOD.sub("", title["body"]).split()[:BODY_NAME_WORDS]
    if len(name) < BODY_NAME_WORDS:
        return None
    found = []
    for citation in cited:
        clause = words_only(own_clause_of(citation, citations))
        set_up = SETS_UP_A_BODY.search(clause)
        if set_up and f" {' '.join(name)} " in f" {clause[set_up.start():]} ":
            found.append(citation)
    return _the_only_one_inferred(citations, found, "the decision setting up the body whose rules these are",
                                  "the decision setting up or reshaping the very body whose working rules these are")


# A decision setting out what a department does ("Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Dân
# tộc và Tôn giáo"), and a resolution setting up or reorganising the departments ("... về việc thành lập, tổ chức lại
# các cơ quan chuyên môn ... thuộc Ủy ban nhân dân thành phố"), folded words.
DEPARTMENT_S_FUNCTIONS_TITLE = re.compile(r"\bquy dinh chuc nang nhiem vu quyen han\b")
REORGANISES_DEPARTMENTS = re.compile(r"\b(?:thanh lap|to chuc lai|sap xep)\b.*\bco quan chuyen mon\b")


def _the_resolution_reorganising_the_departments(header: Header, citations: CitationReader,
                                                 cited: list[Citation]) -> Parents | None:
    """What a department does, set out after the departments were set up or reorganised ("Căn cứ Nghị quyết số
    06/NQ-HĐND ... về việc thành lập, tổ chức lại các cơ quan chuyên môn ... thuộc Ủy ban nhân dân thành phố Hà Nội"):
    the resolution or decision doing so, the only one, inferred and warned; not the circulars on each department's
    functions, which the decision follows."""
    if not DEPARTMENT_S_FUNCTIONS_TITLE.search(words_only(fold_at(header.title or ""))):
        return None
    found = [c for c in cited if c.target.type_code in ("NQ", "QĐ")
             and REORGANISES_DEPARTMENTS.search(words_only(own_clause_of(c, citations)))]
    return _the_only_one_inferred(citations, found, "the resolution setting up or reorganising the departments",
                                  "the resolution setting up or reorganising the departments, one of which this document"
                                  " gives its functions")


# A decision announcing administrative procedures ("Công bố danh mục thủ tục hành chính mới ban hành ... thuộc phạm vi
# chức năng quản lý của Sở Tư pháp"), folded title and clause.
ANNOUNCING_PROCEDURES = re.compile(rf"\b{ANNOUNCED_PROCEDURES}\b")


def _the_ministry_s_announcement_it_lists_for_the_province(header: Header, citations: CitationReader,
                                                           cited: list[Citation]) -> Parents | None:
    """A province announcing administrative procedures lists, for its own offices, those a ministry announced: the
    national decision announcing them ("Quyết định số 2546/QĐ-BTP ... về việc công bố thủ tục hành chính ...") is
    what it carries out, when it rests on only one such decision; inferred and warned."""
    if not ANNOUNCING_PROCEDURES.search(words_only(fold_at(header.title or ""))):
        return None
    found = [c for c in cited if c.target.type_code == "QĐ" and level_from_number(c.target.number) == NATIONAL
             and ANNOUNCING_PROCEDURES.search(words_only(own_clause_of(c, citations)))]
    if found:
        return _the_only_one_inferred(citations, found, "the ministry's announcement of the procedures it lists",
                                      "the ministry's decision announcing the administrative procedures this one lists")
    # no ministry's announcement among the bases: the decree that has provinces announce them ("Nghị định số 63/2010/NĐ-CP
    # ... về kiểm soát thủ tục hành chính", "... về thực hiện cơ chế một cửa, một cửa liên thông ..."), the decrees
    # amending it set aside
    decrees = [c for c in cited if c.target.type_code == "NĐ" and not c.target.part
               and not AMENDS_OTHERS.search(fold_at(own_clause_of(c, citations)))]
    return _the_only_one_inferred(citations, decrees, "the decree under which the province announces the procedures",
                                  "the one decree among the bases, besides those amending it, under which procedures are"
                                  " announced")


# What a title issues or approves ("Ban hành Quy định tiêu chí đánh giá ...", "Về việc phê duyệt Quy chế ..."), and what a
# basis does in its own words ("... về việc ban hành Quy định tiêu chí đánh giá ..."); folded, to the place or period.
ISSUING_TITLE = re.compile(r"^(?:ve\s+(?:viec\s+)?)?(?:ban hanh|phe duyet)\s+(?P<what>.+)$")
ISSUED_IN_A_CLAUSE = re.compile(r"\b(?:ban hanh|phe duyet)\s+(?P<what>.+)$")
# The least share of the name the basis issues that the title repeats, the fewest words such a name holds (a name
# that long, repeated word for word, is no coincidence), and the least share of the title it covers (the title adds
# no more than its scope: "... tại các cơ quan nhà nước trên địa bàn tỉnh X").
SAME_ISSUE_MIN_SHARE = 0.8
SAME_ISSUE_MIN_WORDS = 5
SAME_ISSUE_MIN_TITLE_SHARE = 0.6
# Its kind, the name's first two words, is the same ("quy định", "quy chế", "chương trình"): a programme approved under
# a decision issuing the rules that manage such programmes issues no such thing.
ISSUED_KIND_WORDS = 2


def _the_one_issuing_what_the_title_issues(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A body issuing for itself what a higher one issued under the same long name ("Ban hành Quy định tiêu chí đánh
    giá, xếp loại công tác dân vận ..." over "Công văn số 9086/BNV-... về việc ban hành Quy định tiêu chí đánh giá, xếp
    loại công tác dân vận ..."): it carries that document out, when only one does; inferred and warned."""
    issued = ISSUING_TITLE.match(fold_at(header.title or ""))
    wanted = _topic_words(NAME_ENDS_AT_PERIOD.sub("", issued["what"])) if issued else set()
    if len(wanted) < SAME_ISSUE_MIN_WORDS:
        return None

    kind = issued["what"].split()[:ISSUED_KIND_WORDS]

    def issues_the_same(citation: Citation) -> bool:
        own = ISSUED_IN_A_CLAUSE.search(fold_at(own_clause_of(citation, citations)))
        if own is None or own["what"].split()[:ISSUED_KIND_WORDS] != kind:
            return False
        named = _topic_words(NAME_ENDS_AT_PERIOD.sub("", own["what"]))
        shared = len(named & wanted)
        return (len(named) >= SAME_ISSUE_MIN_WORDS and shared >= SAME_ISSUE_MIN_SHARE * len(named)
                and shared >= SAME_ISSUE_MIN_TITLE_SHARE * len(wanted))

    found = [c for c in cited if c.target.type_code != "LUAT" and not c.target.part and issues_the_same(c)]
    return _the_only_one_inferred(citations, found, "the document issuing what the title issues, under the same name",
                                  "the higher document issuing, under the same name, what this one issues for its own body")


def _drafting_guidance_last(policies: list[Citation], citations: CitationReader) -> list[Citation]:
    """The policy bases without those only guiding the drafting of plans, when any other is left; else all of them."""
    drafting = [c for c in policies if DRAFTING_GUIDANCE.search(own_clause_of(c, citations))]
    return [c for c in policies if c not in drafting] or policies


# A Council's resolution on a policy document ("Nghị quyết ... của HĐND tỉnh về Quy hoạch X"): the Council adopts it,
# the Committee approves and carries it out (folded).
ON_A_POLICY = re.compile(rf"\bve\s+(?:viec\s+)?(?:thong qua\s+)?{POLICY_KINDS}")


def _a_council_on_a_policy(citation: Citation, citations: CitationReader) -> bool:
    number = parse_number(citation.target.number or "")
    return (number is not None and number.issuer_code == "HĐND" and number.type_code == "NQ"
            and ON_A_POLICY.search(own_clause_of(citation, citations)) is not None)


# What a document issuing rules issues: its title ("Quy định chế độ công tác phí ...", "Ban hành Quy định thực hiện nếp
# sống văn minh ...") or its Điều 1 ("ban hành kèm theo Nghị quyết này quy định các nguyên tắc, tiêu chí ..."), folded.
OWN_RULES = re.compile(r"^(?:ve viec\s+)?(?:ban hanh\s+(?:kem theo\s+(?:quyet dinh|nghi quyet) nay\s+)?)?(?:cac\s+)?quy (?:dinh|che)\s+"
                       r"(?P<subject>.+)$")
# What a national document issuing rules issues ("... ban hành Quy chế thực hiện ..."), and what a decree or circular
# regulates or guides ("... quy định chế độ công tác phí ...", "... hướng dẫn về phí ..."), in its own words, folded.
ISSUED_RULES = re.compile(r"\bban hanh\s+(?:cac\s+)?quy (?:dinh|che)\s+(?P<subject>.+)$")
REGULATED = re.compile(r"\b(?:quy dinh|huong dan)\s+(?:ve\s+(?:viec\s+)?)?(?P<subject>.+)$")
# The competence rules are kept to ("... thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân tỉnh"): whose they
# are, not what they are about (folded).
WITHIN_ITS_COMPETENCE = re.compile(r"\s+thuoc\s+(?:pham vi\s+)?(?:tham quyen|quyen han)\b.*$")
def _normative(citation: Citation) -> bool:
    """A national decision or resolution numbered with its year (23/2023/QĐ-TTg, 01/2024/NQ-CP): legal rules, as a
    decree is, not a policy it approves."""
    number = parse_number(citation.target.number or "")
    return number is not None and number.year is not None and number.issuer_code in ("TTg", "CP")


# The kinds of document a province's rules may localise: decisions and resolutions issuing rules, decrees, circulars.
RULES_TYPES = frozenset({"QĐ", "NQ", "NĐ", "TT", "TTLT"})
# The fewest topic words rules must have for their name to be taken as one set of rules', and the share of them a
# decree or circular must name when none names them all.
RULES_TOPIC_WORDS = 4
RULES_SHARE = 0.8
# A decree setting the penalties for breaking the rules of a field ("quy định xử phạt vi phạm hành chính trong lĩnh vực
# ... thủy lợi ...") shares their words, but a province sets no penalties: its rules never localise it (folded).
SANCTIONS = re.compile(r"\bxu phat vi pham hanh chinh\b")


def _the_rules_it_localises(header: Header, citations: CitationReader, cited: list[Citation], whole_only: bool = False
                            ) -> Parents | None:
    """A document issuing a province's own rules ("Quy định chế độ công tác phí ... trên địa bàn tỉnh X") resting on the
    one national document that sets rules on that very subject carries those out, with a warning: the decision or
    resolution issuing rules of the same name ("... ban hành Quy chế thực hiện nếp sống văn minh ..."), else the one
    decree or circular regulating it ("Thông tư ... quy định chế độ công tác phí ...", or naming most of it). The law
    above them names a whole field, not these rules."""
    own = OWN_RULES.match(fold_at(header.title or "")) or _rules_titled_by_their_subject(header)
    if own is None:
        return None
    # the province's own name aside (not every word a place name holds: "động" of "hoạt động" is "Đông" folded)
    wanted = _topic_words(without_own_province(PLACE_OF_THE_PLAN.sub("", WITHIN_ITS_COMPETENCE.sub("", own["subject"])), header))
    if len(wanted) < RULES_TOPIC_WORDS:
        return None
    named: dict[str, tuple[float, Citation]] = {}  # number -> (share of the wanted words it names, citation)
    for citation in cited:
        if citation.target.type_code not in RULES_TYPES or citation.target.number in named:
            continue
        clause = own_clause_of(citation, citations)
        if SANCTIONS.search(clause):
            continue
        regulated = _subject_of_its_rules(citation, clause)
        if regulated is not None:
            words = _topic_words(regulated)
            named[citation.target.number] = (1.0 if words == wanted else len(wanted & words) / len(wanted), citation)
    whole = [citation for share, citation in named.values() if share == 1.0]
    rules = (the_only_one([c for c in whole if c.target.type_code not in BASIS_ONLY_TYPES]) or the_only_one(whole)
             or (None if whole or whole_only else the_only_one([c for share, c in named.values() if share >= RULES_SHARE])))
    if rules is None:
        return None
    return inferred(citations, rules, "the national rules the province's rules localise",
                    "the national rules on the very subject of the rules this document issues")


# A normative decision's or resolution's title naming only its subject: "Về bồi thường, hỗ trợ, tái định cư khi Nhà nước
# thu hồi đất ..." (folded), not a title opening on what the document does ("Về việc đặt tên ...", "Về phê duyệt ...").
RULES_BY_THEIR_SUBJECT = re.compile(r"^ve\s+(?!(?:viec|phe duyet|ban hanh|giao|thanh lap|kien toan|sua doi|bai bo|bo sung|"
                                    r"dieu chinh|cong bo|trien khai|thuc hien|to chuc|thong qua|quy dinh|quy che)\b)(?P<subject>.+)$")


def _rules_titled_by_their_subject(header: Header) -> re.Match | None:
    """The subject of a document numbered with its year (43/2024/QĐ-UBND: legal rules of the province) whose title
    names only what its rules are about ("Về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn
    tỉnh X"), as "Quy định về ..." would."""
    number = parse_number(header.number.text or "") if header.number else None
    if number is None or number.year is None:
        return None
    return RULES_BY_THEIR_SUBJECT.match(fold_at(header.title or ""))


def _subject_of_its_rules(citation: Citation, clause: str) -> str | None:
    """What a national document's rules are about, in its own (folded) words: the rules it issues ("... ban hành Quy chế
    X"), what a decree or circular regulates or guides ("... quy định X", "... hướng dẫn X"), or what a normative
    decision is about, read as a decree's subject is ("Quyết định số 23/2023/QĐ-TTg ... về X")."""
    issued = ISSUED_RULES.search(clause)
    if issued is not None:
        return issued["subject"]
    if citation.target.type_code not in {"QĐ", "NQ"}:
        regulated = REGULATED.search(clause)
        return regulated["subject"] if regulated else None
    start = DECREE_SUBJECT_START.search(clause) if _normative(citation) else None
    return clause[start.end():] if start else None


# A title setting the levels, spending or policies a decree leaves to the province: "Quy định mức chuẩn trợ giúp xã hội
# ...", "Ban hành chính sách khuyến khích đầu tư ...", "Quy định một số chính sách hỗ trợ ...", "Quy định nội dung chi,
# mức hỗ trợ ...", "Quy định mức thu ... phí" (folded). Not rules of procedure or management ("Quy chế hoạt động
# khuyến nông", "Quy định quản lý hoạt động lễ hội"), which apply a decree without carrying it out.
# The words issuing such rules, opening the title (folded): "Về việc ban hành Quy định về (các) ...".
RULES_ISSUED = re.compile(r"^(?:ve(?: viec)?\s+)?(?:ban hanh\s+)?(?:cac\s+)?(?:quy dinh\s+(?:ve\s+)?(?:cac\s+)?)?")
LOCAL_RULES_TITLE = re.compile(RULES_ISSUED.pattern + r"(?:mot so\s+)?(?:muc|noi dung(?:\s+va\s+muc)?\s+chi|chinh sach|che do|gia)\b")
# A title setting spending: "Quy định nội dung và mức chi ...", "Quy định mức chi cụ thể ..." (folded).
SPENDING_TITLE = re.compile(RULES_ISSUED.pattern + r"(?:mot so\s+)?(?:noi dung(?:\s+va\s+muc)?|muc)\s+chi\b")
# What a circular guiding a field's funds says of them: "hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công" (folded).
FUNDS = re.compile(r"\bkinh phi\b")
# The kinds of national rules weighed in turn for such a title, each with whether it details a whole law: decrees, then
# circulars, then decrees detailing a law; for spending, the circulars guiding the funds first.
KINDS_FOR_LEVELS = (({"NĐ"}, False), ({"TT", "TTLT"}, False), ({"NĐ"}, True))
KINDS_FOR_SPENDING = (({"TT", "TTLT"}, False), ({"NĐ"}, False), ({"NĐ"}, True))
# The fewest topic words a decree must share with such a title, and its lead over the next decree.
LOCAL_RULES_DECREE_WORDS = 2
LOCAL_RULES_DECREE_LEAD = 1
# The fewest topic words a People's Council resolution setting levels must share with such a title.
COUNCIL_LEVELS_WORDS = 2


def _levels_topic(header: Header) -> set[str]:
    """The topic words of a title setting levels or spending: what it sets, without the words issuing it ("ban hành quy
    định": a decree's "xuất bản" is no match for them), its place or its province."""
    subject = RULES_ISSUED.sub("", fold_at(header.title or ""))
    return _topic_words(without_own_province(PLACE_OF_THE_PLAN.sub("", subject), header))


def _the_decree_its_local_rules_apply(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A document setting the levels, spending or policies a decree leaves to the province ("Quy định mức chuẩn trợ giúp
    xã hội ... trên địa bàn tỉnh X"), resting only on laws, decrees and circulars, carries out the decree sharing most
    of its topic ("Nghị định ... quy định chính sách trợ giúp xã hội ..."): the decree leaves the levels to the
    province, which sets them by this document. A circular is weighed only when no decree shares the topic, and a decree
    detailing a whole law only when no circular does. Inferred and warned; the decree must lead every other of its kind."""
    title = fold_at(header.title or "")
    if not LOCAL_RULES_TITLE.match(title):
        return None
    topic = _levels_topic(header)
    rules = [c for c in cited if not c.target.part]
    # a decree detailing a law ("quy định chi tiết một số điều của Luật X"), weighed by that law's name, details more than
    # the levels: a circular on the topic comes before it
    detailing = {c.target.number for c in rules if DETAILED_LAW.search(fold_at(own_clause_of(c, citations)))}
    # spending on a field ("Quy định nội dung và mức chi hỗ trợ hoạt động khuyến công") is set under the circular guiding
    # that field's funds ("Thông tư ... hướng dẫn lập, quản lý, sử dụng kinh phí khuyến công"), which leaves the levels to
    # the province: circulars are weighed first
    spending = bool(SPENDING_TITLE.match(title))
    for kinds, of_a_law in KINDS_FOR_SPENDING if spending else KINDS_FOR_LEVELS:
        scored: dict[str, tuple[int, int, Citation]] = {}  # number -> (rank, topic words shared, citation)
        for citation in rules:
            if (citation.target.type_code in kinds and (citation.target.number in detailing) == of_a_law
                    and citation.target.number not in scored):
                shared = max(len(topic & subject) for subject in _regulated_subjects(citation, citations))
                # for spending, the one guiding the funds leads the others on the topic by a word
                funds = spending and shared > 0 and bool(FUNDS.search(fold_at(own_clause_of(citation, citations))))
                scored[citation.target.number] = (shared + funds, shared, citation)
        ranked = sorted(scored.values(), key=lambda item: -item[0])
        if not ranked or ranked[0][1] < LOCAL_RULES_DECREE_WORDS:
            continue
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < LOCAL_RULES_DECREE_LEAD:
            return None
        _, shared, decree = ranked[0]
        return inferred(citations, decree, "the decree whose topic the province's own rules set",
                        f"the decree or circular sharing most of the topic of the rules this document sets ({shared} words)")
    return None


def _the_council_resolution_setting_its_levels(header: Header, citations: CitationReader, cited: list[Citation]
                                               ) -> Parents | None:
    """A People's Committee's document setting levels or spending ("Ban hành Quy định mức chi, quản lý và sử dụng kinh
    phí bảo đảm cho công tác hòa giải ở cơ sở ...") carries out the People's Council resolution among its bases that
    sets those levels ("Nghị quyết số 15/2014/NQ-HĐND ... về việc quy định mức chi kinh phí hỗ trợ công tác hòa giải ở
    cơ sở"): the council decides the levels, the committee issues the rules for spending them. Inferred and warned;
    the resolution must share more of the title's topic than any other council resolution cited."""
    own = header.number.issuer_code if header.number else None
    if own is None or not own.startswith("UBND"):
        return None
    topic = _levels_topic(header)
    scored: dict[str, tuple[int, Citation]] = {}
    for citation in cited:
        number = parse_number(citation.target.number or "")
        if citation.target.part or number is None or (number.type_code, number.issuer_code) != ("NQ", "HĐND"):
            continue
        regulated = REGULATED.search(fold_at(own_clause_of(citation, citations)))
        if regulated is not None and LOCAL_RULES_TITLE.match(regulated["subject"]):
            scored.setdefault(citation.target.number, (len(topic & _topic_words(regulated["subject"])), citation))
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    if not ranked or ranked[0][0] < COUNCIL_LEVELS_WORDS or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return inferred(citations, ranked[0][1], "the People's Council resolution setting the levels this document issues",
                    "the People's Council resolution among the bases that sets the levels or spending this document"
                    f" issues rules for ({ranked[0][0]} words of its topic)")


# A title issuing a province's own rules, procedures or regulations: "Ban hành Quy chế tổ chức và hoạt động của Quỹ
# ...", "V/v ban hành quy chế ...", "Về phê duyệt quy trình nội bộ ..." (folded).
ISSUES_OWN_RULES = re.compile(r"^(?:v/v\s+|ve viec\s+|ve\s+)?(?:ban hanh\s+|phe duyet\s+)?(?:cac\s+)?(?:quy che|quy dinh|quy trinh)\s+"
                              r"(?P<subject>.+)$")
# The national rules such rules may apply, and the fewest topic words the one applied must share with them (one, when
# no other basis shares any): words any rules of management use ("quản lý", "hoạt động", "tổ chức") only break ties.
APPLIED_RULES_TYPES = frozenset({"NĐ", "TT", "TTLT"})
APPLIED_RULES_WORDS = 2
# (Phrases, not syllables: "công" of "công tác" is no topic, that of "tài sản công" is.)
MANAGEMENT_PHRASES = re.compile(r"\b(?:quan ly|hoat dong|to chuc|thuc hien|phoi hop|cong tac|che do)\b")
# A decision announcing the procedures the rules handle ("... về việc công bố thủ tục hành chính ..."), folded: like
# the founding of the body they govern, ground laid for them, not rules they apply.
ANNOUNCES = re.compile(r"\bve\s+(?:viec\s+)?cong bo\b")
# Rules setting the province's own support policies ("Quy định một số cơ chế, chính sách hỗ trợ ...") are its policy,
# not rules applying a national one (folded subject).
SUPPORT_POLICIES = re.compile(r"^(?:mot so\s+)?(?:co che,?\s+)?(?:chinh sach|ho tro)\b")
# A decree or circular that only amends others ("... sửa đổi, bổ sung một số điều của các nghị định ...", "... sửa đổi,
# bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh ...", "... sửa đổi một số điều của Nghị định số ..."):
# the rules applied are those it amends (folded; not one "được sửa đổi, bổ sung" by another, nor a law it details named
# "Luật sửa đổi, bổ sung ...").
AMENDS_OTHERS = re.compile(r"(?<!duoc )(?<!luat )\bsua doi(?:,? bo sung)? mot so\b")
# A circular setting cost norms ("định mức kinh tế - kỹ thuật ...") prices a service; rules organising it do not apply it.
COST_NORMS = re.compile(r"\bdinh muc kinh te\b")


def _the_national_rules_its_rules_apply(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A province's rules of organisation, procedure or management ("Quy chế tổ chức và hoạt động của Quỹ phòng,
    chống thiên tai tỉnh X", "Quy trình nội bộ giải quyết thủ tục hành chính ...") apply the national rules whose
    subject they share most (a decree, a circular, or a national decision issuing rules: "Nghị định ... ban hành Quy
    định về thành lập và quản lý Quỹ phòng, chống thiên tai"), with a warning, when those share more than any other
    basis but laws, the founding of the body the rules govern and the announcing of the procedures they handle. Of a
    decree and circulars sharing as much, the decree."""
    own = ISSUES_OWN_RULES.match(fold_at(header.title or ""))
    if own is None or SUPPORT_POLICIES.match(own["subject"]):
        return None
    subject = without_own_province(PLACE_OF_THE_PLAN.sub("", own["subject"]), header)
    topic, core = _topic_words(subject), _topic_words(MANAGEMENT_PHRASES.sub(" ", subject))
    applicable, rivals = _applicable_rules_and_rivals(topic, core, citations, cited)
    ranked = sorted(applicable.values(), key=lambda item: item[0], reverse=True)
    if not ranked:
        return None
    best = ranked[0][0]
    tied = [citation for weight, citation in ranked if weight == best]
    others = [weight for weight, _ in ranked[1:]] + rivals
    fewest = 1 if all(words == 0 for words, _ in others) else APPLIED_RULES_WORDS
    if best[0] < fewest or any(weight >= best for weight in rivals):
        return None
    # rules tied on the subject give way to none of them, unless one is the decree the others detail
    rules = the_only_one(tied) or _the_decree_its_circulars_tie_with(tied)
    if rules is None:
        return None
    return inferred(citations, rules, "the national rules the province's rules apply",
                    f"the national rules sharing most of the subject of the rules this document issues ({best[0]} words)")


def _the_decree_its_circulars_tie_with(tied: list[Citation]) -> Citation | None:
    """The one decree among rules sharing as much of the subject, the others all circulars ("Nghị định ... quy định chi
    tiết ... về vật liệu nổ công nghiệp" beside "Thông tư ... quy định về quản lý, sử dụng vật liệu nổ công nghiệp"): a
    ministry's circular details what the Government's decree sets, so the decree is the rules applied."""
    decrees = [c for c in tied if c.target.type_code == "NĐ"]
    if all(c.target.type_code in APPLIED_RULES_TYPES for c in tied):
        return the_only_one(decrees)
    return None


# A province's rules made within a national target programme ("Quy định cơ chế quay vòng vốn ... thuộc Chương trình mục
# tiêu quốc gia X", "Quy định nội dung, mức hỗ trợ ... thực hiện Chương trình mục tiêu quốc gia Y"), folded subject.
WITHIN_A_TARGET_PROGRAMME = re.compile(r"\bchuong trinh muc tieu quoc gia\b")
# The national rules on managing every such programme, which leave those rules to the province: "Nghị định ... quy định
# cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia", "Quyết định ... ban hành Quy chế quản lý, điều
# hành thực hiện các chương trình mục tiêu quốc gia" (folded clause).
MANAGES_TARGET_PROGRAMMES = re.compile(r"\b(?:co che|quy che)\b[^;]*?\b(?:quan ly|dieu hanh)\b[^;]*?\bcac chuong trinh muc tieu quoc gia\b")


def the_rules_managing_its_programme(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """A province's rules made within a national target programme apply the national rules on managing such programmes
    (a decree, or a national decision issuing them), with a warning, rather than the resolution or decision approving
    the programme they work in, or one allocating its funds: those rules say which of them the province sets."""
    own = ISSUES_OWN_RULES.match(fold_at(header.title or ""))
    if own is None or not WITHIN_A_TARGET_PROGRAMME.search(own["subject"]):
        return None
    managing = []
    for citation in candidates:
        clause = fold_at(own_clause_of(citation, citations))
        if (_national_rules(citation, clause) and not citation.target.part and MANAGES_TARGET_PROGRAMMES.search(clause)
                and not AMENDS_OTHERS.search(clause)):
            managing.append(citation)
    rules = the_only_one(managing)
    if rules is None:
        return None
    return inferred(citations, rules, "the national rules on managing the programme the province's rules work in",
                    "the national rules on managing the national target programmes these rules are made within")


def _applicable_rules_and_rivals(topic: set[str], core: set[str], citations: CitationReader, cited: list[Citation]
                                 ) -> tuple[dict[str, tuple[tuple[int, int], Citation]], list[tuple[int, int]]]:
    """The national rules among ``cited`` a province's rules may apply, by number, and the other bases they must
    outweigh, each weighed by the ``topic`` words it shares: (those of the ``core`` subject, without the words of
    management; all of them; a decree detailing a law by that law's name). A circular guiding, detailing or amending
    a document cited beside it gives way to that one; a document amending others, or setting the penalties for
    breaking a field's rules, is no rules a province applies, nor a rival to the rules it amends."""
    numbers = {c.target.number for c in cited}
    applicable: dict[str, tuple[tuple[int, int], Citation]] = {}
    rivals: list[tuple[int, int]] = []
    for citation in cited:
        clause = fold_at(own_clause_of(citation, citations))
        shared = topic & _basis_topic_words(citation, citations).union(*_regulated_subjects(citation, citations))
        weight = (len(shared & core), len(shared))
        if _national_rules(citation, clause):
            if not (citation.target.part or COST_NORMS.search(clause) or AMENDS_OTHERS.search(clause) or SANCTIONS.search(clause)
                    or SETS_A_BODY_S_FUNCTIONS.search(clause) or _guides_another(citation, numbers, citations)):
                applicable.setdefault(citation.target.number, (weight, citation))
        elif (citation.target.type_code not in BASIS_ONLY_TYPES and may_be_carried_out(citation, citations)
              and not ANNOUNCES.search(clause) and not AMENDS_OTHERS.search(clause)):
            rivals.append(weight)
    return applicable, rivals


# What a circular does to another document it names: guides, details or amends it ("... hướng dẫn thi hành một số quy
# định của Nghị định số ...", "... sửa đổi, bổ sung một số điều của Thông tư số ..."); not "được sửa đổi ... bởi"
# (amended by a later one), folded.
GUIDES_ANOTHER = re.compile(r"(?<!duoc )\b(?:huong dan|quy dinh chi tiet|sua doi,? bo sung)\b(?![^;]*?\bboi\b)[^;]*$")


def _guides_another(citation: Citation, numbers: set[str], citations: CitationReader) -> bool:
    """Whether the citation's sentence goes on to guide, detail or amend another of ``numbers``, a document cited
    beside it: that one is what the rules apply."""
    sentence = fold_at(citations.sentence_of(citation))
    rest = sentence[max(sentence.find(fold_at(citation.text)), 0) + len(citation.text):]
    for number in numbers - {citation.target.number}:
        at = rest.find(fold_at(number))
        if at > 0 and GUIDES_ANOTHER.search(rest[:at]):
            return True
    return False


def _national_rules(citation: Citation, clause: str) -> bool:
    """National rules a province's own may apply: a decree or circular, or a national decision or resolution issuing
    rules ("Quyết định ... của Thủ tướng Chính phủ ban hành Quy chế làm việc mẫu ...", folded ``clause``)."""
    return citation.target.type_code in APPLIED_RULES_TYPES or (
        citation.target.type_code in {"QĐ", "NQ"} and level_from_number(citation.target.number) == NATIONAL
        and ISSUED_RULES.search(clause) is not None)


def _regulated_subjects(citation: Citation, citations: CitationReader) -> list[set[str]]:
    """A decree's or circular's subjects (``_rule_subjects``), with what it says it regulates or guides ("quy định chính
    sách trợ giúp xã hội ...", "hướng dẫn về phí và lệ phí ...")."""
    regulated = REGULATED.search(own_clause_of(citation, citations))
    return [*_rule_subjects(citation, citations), *([_topic_words(regulated["subject"])] if regulated else [])]


# A document issuing rules or regulations ("ban hành Quy chế quản lý chương trình X"): rules for the topic, not guidance
# to carry it out.
SETS_RULES = re.compile(r"\bquy (?:dinh|che)\b")


def _the_guidance_on_the_whole_topic(header: Header, citations: CitationReader, cited: list[Citation],
                                     policies: list[Citation]) -> Parents | None:
    """The one basis, neither law, decree nor circular, whose subject names the title's whole topic, when no policy
    basis names any of it ("Kế hoạch phân loại chất thải rắn sinh hoạt tại nguồn" under "Văn bản ... hướng dẫn kỹ
    thuật về phân loại chất thải rắn sinh hoạt" rather than the national environment strategy): the plan carries out
    that guidance, with a warning."""
    topic = _title_topic(header)
    if not topic or len(topic) < MOST_ON_TOPIC_WORDS:
        return None

    def covered(citation: Citation) -> set[str]:
        return topic & _basis_topic_words(citation, citations)

    if any(covered(policy) for policy in policies):
        return None
    whole = list(dict.fromkeys(c.target.number for c in cited if c.target.type_code not in BASIS_ONLY_TYPES
                               and may_be_carried_out(c, citations) and not SETS_RULES.search(own_clause_of(c, citations))
                               and covered(c) == topic))
    if len(whole) != 1:
        return None
    guidance = next(c for c in cited if c.target.number == whole[0])
    return inferred(citations, guidance, "the guidance on the title's whole topic",
                     "the only basis naming the title's whole topic; no policy basis names any of it")


def _the_one_approving_the_kind_carried_out(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """ "Kế hoạch thực hiện Đề án X" over bases of which one only approves a Đề án ("phê duyệt các Đề án chi tiết
    thuộc Chương trình Y"), another a Chương trình: the one approving the kind of document the title carries out."""
    subject = title_subject(header.title) if TITLED_AS_CARRYING_OUT.match(fold(header.title or "")) else None
    kind, _ = kind_and_words(CARRYING_OUT_WORDS.sub("", subject)) if subject else (None, "")
    if kind not in PLAN_KINDS:
        return None
    approving = re.compile(rf"\b(?:phe duyet|ban hanh)\s+(?:cac\s+)?{kind}\b")
    found = the_only_one([c for c in policies if approving.search(own_clause_of(c, citations))])
    if found is None:
        return None
    return inferred(citations, found, f"the one basis approving a {kind}, what the title carries out",
                     f"the only basis approving a document of the kind the title says the plan carries out ({kind})")


# Rules that may name a programme's whole topic ("Nghị định ... về khuyến công"): the decree providing for the
# programme or plan on that topic, which it carries out when no policy among the bases is on the topic.
TOPIC_RULE_TYPES = frozenset({"NĐ", "LUAT"})

TOPIC_RULE_MIN_WORDS = 2


def _a_rule_on_a_topic(citation: Citation) -> bool:
    """A decree or law, or a normative decision of the Prime Minister, which sets rules as a decree does ("Quyết định
    số 44/2014/QĐ-TTg ... quy định chi tiết về cấp độ rủi ro thiên tai")."""
    number = parse_number(citation.target.number or "")
    return citation.target.type_code in TOPIC_RULE_TYPES or bool(
        number and number.family == "normative" and number.type_code == "QĐ" and number.issuer_code == "TTg")


def _the_decree_on_the_very_topic(header: Header, citations: CitationReader, cited: list[Citation],
                                  policies: list[Citation]) -> Parents | None:
    """A programme or plan ("Chương trình khuyến công quốc gia ...") resting on the one decree or law whose whole
    subject is the title's topic ("Nghị định ... về khuyến công"), when no policy basis names as much of that topic,
    carries that decree out, with a warning. Any other document is weighed by ``_the_decree_it_gives_effect_to``, after
    every policy basis."""
    if not _is_a_plan(header):
        return None
    decree = _the_one_rule_on_the_title_s_topic(header, citations, cited, policies, TOPIC_RULE_TYPES)
    return decree and inferred(citations, decree, "the decree on the title's very topic", "the one decree or law whose"
                               " whole subject is the title's topic, no policy among the bases naming as much of it")


# A title on a master plan ("Phê duyệt đồ án quy hoạch ...", "... nhiệm vụ lập quy hoạch ...", "... thực hiện quy
# hoạch ..."), folded: a decision on one follows the procedure the planning decrees set, and carries none out.
PLANNING = re.compile(r"\bquy hoach\b")


def _the_decree_it_gives_effect_to(header: Header, citations: CitationReader, cited: list[Citation],
                                   policies: list[Citation]) -> Parents | None:
    """A decision or resolution that is no plan, whose bases hold no policy it carries out, gives effect in the province
    to the one decree whose whole subject is its title's topic ("Về đặt tên, đổi tên đường ..." over "Nghị định ... ban
    hành Quy chế đặt tên, đổi tên đường phố ...", "Về hỗ trợ mức đóng bảo hiểm y tế ..." over the decree detailing the
    Law on health insurance): that decree is its parent, with a warning. Neither a law (the frame of a whole field), a
    master plan (which follows the planning decrees' procedure), nor the decree on issuing documents (the procedure of
    every act) counts."""
    if _is_a_plan(header) or PLANNING.search(fold_at(header.title or "")):
        return None
    decrees = [c for c in cited if not ISSUING_PROCEDURE.search(fold_at(own_clause_of(c, citations)))]
    decree = _the_one_rule_on_the_title_s_topic(header, citations, decrees, policies, frozenset({"NĐ"}))
    if decree is not None:
        return inferred(citations, decree, "the decree on the title's topic it gives effect to", "the one decree"
                        " whose whole subject is the title's topic, no policy among the bases")
    decree = _the_one_decree_holding_the_title_s_topic(header, citations, decrees, policies)
    return decree and inferred(citations, decree, "the decree whose rules hold the title's topic", "the one decree whose"
                               " subject holds every word of the title's topic, no policy among the bases")


# Fewest words of a title's topic that a decree's wider subject may hold whole ("đặt tên đường" in "Quy chế đặt tên, đổi
# tên đường, phố và công trình công cộng"): fewer are found in too many subjects.
HELD_TOPIC_MIN_WORDS = 3


def _the_one_decree_holding_the_title_s_topic(header: Header, citations: CitationReader, decrees: list[Citation],
                                              policies: list[Citation]) -> Citation | None:
    """The one decree whose subject holds every word of the title's topic ("Đặt tên một số đường ..." under the decree
    issuing the rules on naming and renaming streets, squares and public works), when no policy basis names the topic:
    a decision applying a part of those rules."""
    topic = _title_topic(header)
    if not topic or len(topic) < HELD_TOPIC_MIN_WORDS:
        return None
    holding = [c for c in decrees if c.target.type_code == "NĐ" and not c.target.part
               and any(topic <= subject for subject in _rule_subjects(c, citations))]
    decree = the_only_one(holding)
    if decree is None or any(topic <= _basis_subject_words(own_clause_of(policy, citations)) for policy in policies):
        return None
    return decree


def _the_one_rule_on_the_title_s_topic(header: Header, citations: CitationReader, cited: list[Citation],
                                       policies: list[Citation], kinds: frozenset[str]) -> Citation | None:
    """The one decree or law of ``kinds`` whose whole subject (or one of its subjects joined by "và") lies within the
    title's topic, unless a policy basis names as much of that topic; a decree detailing the one law on the topic
    gives way to that law."""
    topic = _title_topic(header)
    if not topic:
        return None
    on_topic: dict[str, tuple[int, Citation]] = {}
    wholly: set[str] = set()  # the numbers whose whole subject (not one part of it) lies in the topic word for word
    for citation in cited:
        if citation.target.type_code not in kinds or citation.target.part:
            continue
        for index, own_subject in enumerate(_rule_subjects(citation, citations)):
            if len(own_subject) >= TOPIC_RULE_MIN_WORDS and len(own_subject & topic) / len(own_subject) >= CONTAINED_SUBJECT_SHARE:
                on_topic[citation.target.number] = (len(own_subject & topic), citation)
                if index == 0 and own_subject <= topic:
                    wholly.add(citation.target.number)
                break
    if len(on_topic) > 1 and len(wholly) == 1:
        # the decree detailing the law on public assets, whose name the title holds whole, over the one on the assets of
        # Party bodies, whose subject it holds only in part
        on_topic = {number: on_topic[number] for number in wholly}
    laws = [number for number, (_, citation) in on_topic.items() if citation.target.type_code == "LUAT"]
    if len(laws) == 1 and len(on_topic) > 1 and all(DETAILED_LAW.search(fold_at(own_clause_of(citation, citations)))
                                                    for number, (_, citation) in on_topic.items() if number != laws[0]):
        on_topic = {laws[0]: on_topic[laws[0]]}  # the law, not the decree detailing it
    if len(on_topic) != 1:
        return None
    shared, decree = next(iter(on_topic.values()))
    if any(len(topic & _basis_subject_words(own_clause_of(policy, citations))) >= shared for policy in policies):
        return None
    return decree


# What a title says the plan is drawn up by ("Phương án ứng phó thiên tai theo các cấp độ rủi ro thiên tai tỉnh X"),
# up to its place or period (folded).
FOLLOWS_IN_TITLE = re.compile(r"\btheo\s+(?:cac\s+)?(?P<what>.+?)(?:\s+(?:tinh|thanh pho|tren dia ban|giai doan|nam|den)\b|$)")

# Fewer words than this in what a title follows name no rule of their own.
FOLLOWED_RULE_MIN_WORDS = 3


def _the_rules_the_title_follows(header: Header, citations: CitationReader, cited: list[Citation]) -> Parents | None:
    """A plan or scheme drawn up by what one rule among the bases sets ("Phương án ứng phó thiên tai theo các cấp độ
    rủi ro thiên tai" over "Quyết định số 44/2014/QĐ-TTg ... quy định chi tiết về cấp độ rủi ro thiên tai"): the plan
    applies that rule, with a warning. The rule's whole subject must be what the title follows."""
    follows = FOLLOWS_IN_TITLE.search(fold_at(header.title or ""))
    if follows is None or not _is_a_plan(header):
        return None
    followed = _topic_words(follows["what"])
    rules = [citation for citation in cited if _a_rule_on_a_topic(citation) and not citation.target.part
             and len(own := _rule_subject_words(citation, citations)) >= FOLLOWED_RULE_MIN_WORDS and own <= followed]
    rule = the_only_one(rules)
    if rule is None:
        return None
    return inferred(citations, rule, "the rule whose subject the title says the plan follows",
                    "the rule setting what the title says the plan is drawn up by")


# A law's name is its subject: "Luật Phòng, chống thiên tai số 33/2013/QH13" is about "phòng, chống thiên tai".
LAW_NAME = re.compile(r"^luat\s+(?P<name>.+?)\s+so\b")

# A decree detailing a law is about what the law is: "quy định chi tiết một số điều của Luật Phòng, chống tác hại của
# rượu, bia" is about "phòng, chống tác hại của rượu, bia" (folded).
DETAILED_LAW = re.compile(r"\bquy dinh chi tiet\b.{0,60}?\bluat\s+(?P<name>[^;(.]+)")


def _rule_subjects(citation: Citation, citations: CitationReader) -> list[set[str]]:
    """A decree's or law's subject whole, then each of the subjects "và" joins in it ("quy định giảm nhẹ phát thải khí
    nhà kính và bảo vệ tầng ô-dôn" is about both): a plan on one of them carries that decree out."""
    whole = _rule_subject_words(citation, citations)
    clause = fold_at(own_clause_of(citation, citations))
    start = DECREE_SUBJECT_START.search(clause) if citation.target.type_code == "NĐ" else None
    if start is None:
        return [whole]
    subject = clause[start.end():]
    parts = re.split(r"\s+va\s+", subject)
    return [whole, *(_topic_words(KIND_WORD.sub(" ", part)) for part in [subject, *(parts if len(parts) > 1 else [])])]


# Where a decree's own words turn to its subject: "... của Chính phủ quy định giảm nhẹ phát thải ...", "... về ..."
# (folded; not the "vệ" of "bảo vệ").
DECREE_SUBJECT_START = re.compile(r"\b(?:quy dinh|(?<!bao\s)ve viec|(?<!bao\s)ve)\s+")


def _rule_subject_words(citation: Citation, citations: CitationReader) -> set[str]:
    """What a decree says it is about ("Nghị định ... về khuyến công"), the law a decree details, or a law's name."""
    if citation.target.type_code == "LUAT" and (named := LAW_NAME.match(fold_at(citation.text))):
        return _topic_words(named["name"])
    clause = own_clause_of(citation, citations)
    if detailed := DETAILED_LAW.search(fold_at(clause)):
        return _topic_words(detailed["name"])
    return _basis_subject_words(clause)


def _is_a_plan(header: Header) -> bool:
    """A plan or programme by its type, or a decision approving or issuing one, or a scheme of response ("phương án
    ứng phó ..."), by its title."""
    if header.type_code in ("KH", "CTr"):
        return True
    subject = title_subject(header.title or "")
    return bool(subject) and kind_and_words(subject)[0] in (*PLAN_KINDS, "phuong an")


def _policy_basis(citation: Citation, citations: CitationReader, arranging_units: bool = False) -> bool:
    """A basis a plan may carry out: a policy document, whole, that does more than set rules, set up a body or organise
    a government; one arranging administrative units is the policy of a document ``arranging_units`` itself."""
    clause = own_clause_of(citation, citations)
    organises = ORGANISES_A_GOVERNMENT.match(clause)
    return (citation.target.type_code not in BASIS_ONLY_TYPES and not citation.target.part
            and may_be_carried_out(citation, citations) and not regulates_only(citation, citations)
            and not said_before_it(citation, citations, RULES_ISSUED_WITH) and not SETS_UP_A_BODY.search(clause)
            and not (organises and not (arranging_units and organises["arranging"])))


# The rules a decision issued, named before it: "... sửa đổi, bổ sung Quy định quản lý cây xanh đô thị ... ban hành kèm
# theo Quyết định số 06/2016/QĐ-UBND" (folded, up to the citation): that decision sets rules, whatever its own clause says.
RULES_ISSUED_WITH = re.compile(r"\b(?:quy dinh|quy che|dieu le|noi quy)\b[^;]{0,250}\bban hanh kem theo\s*$")


# A decision that sets up or reshapes a committee or board ("về việc thành lập Ban Tổ chức ...", "về việc kiện toàn và
# đổi tên Ủy ban Quốc gia ...", "về thay đổi thành viên Ban Chỉ đạo ..."): the body then makes plans, but none carries
# that decision out.
SETS_UP_A_BODY = re.compile(r"\b(?:thanh lap|kien toan|cung co|doi ten|(?:thay doi|bo sung|dieu chinh) thanh vien)\s+"
                            r"(?:va\s+(?:thanh lap|kien toan|cung co|doi ten)\s+)?(?:ban|to|hoi dong|uy ban)\b")

# A document organising a government ("Nghị quyết ... của Quốc hội về tổ chức chính quyền đô thị tại Thành phố X") or
# arranging its units ("... về sắp xếp đơn vị hành chính cấp tỉnh"): as the law on local government, the ground of
# the issuer's competence and territory, not a policy its plans carry out (folded words, the document's own subject
# only: "... về tổ chức chính quyền ...", not a programme naming it among its aims).
ORGANISES_A_GOVERNMENT = re.compile(r"^(?:(?!\b(?:phe duyet|ban hanh)\b).)*?\bve\s+(?:viec\s+)?(?:thi diem\s+)?"
                                    r"(?:to chuc\s+(?:chinh quyen|bo may|chinh phu)"
                                    r"|(?P<arranging>sap xep\s+(?:cac\s+)?don vi hanh chinh))\b")
# A title arranging administrative units itself ("Phê duyệt phương án tổng thể sắp xếp đơn vị hành chính cấp xã ...",
# "Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh X năm 2025"), folded.
ARRANGES_UNITS = re.compile(r"\bsap xep\s+(?:cac\s+)?don vi hanh chinh\b")

# Words that name no topic: function words, date words, levels and spans of time.
# (Whom rules apply to names no topic: "... áp dụng đối với các cơ quan"; its "dụng" is not that of "sử dụng đất".)
# A People's Committee's or Council's name is the body a text is of, not what it is about ("Quy chế làm việc của Ủy ban
# nhân dân tỉnh" shares no topic with a resolution on the powers "của Hội đồng nhân dân, Ủy ban nhân dân").
NO_TOPIC_PHRASES = re.compile(r"\b(?:giai doan|dinh huong|tren dia ban|thanh pho|tam nhin|ap dung"
                              r"|uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)\b")

NO_TOPIC_WORDS = frozenset("cac cua va ve viec voi cho trong tren theo nam ngay thang so den tinh nhung mot la de tai".split())

# Share of the title's topic words a basis must name, and its lead over the next basis, to be taken as the parent;
# and the share of the basis's own subject the title must name (a sibling programme on a neighbouring topic, "nhân
# lực ngành bán dẫn" beside "vi mạch bán dẫn", names much of the title but is not contained in it).
CLOSEST_TOPIC_SHARE = 0.6

CLOSEST_TOPIC_LEAD = 0.25

CONTAINED_SUBJECT_SHARE = 0.8

# Where a basis's own words turn to its subject: "... của Ban Bí thư về tổ chức ...", "... phê duyệt Chương trình ...".
SUBJECT_START = re.compile(r"\b(?:ve viec|ve|phe duyet|ban hanh)\s+(?:(?:phe duyet|ban hanh)\s+)?")

KIND_WORD = re.compile(rf"\b(?:{KIND_WORDS})\b")


def _title_topic(header: Header) -> set[str] | None:
    """The words naming the title's topic: its subject without the kind of document, the province or the place."""
    subject = title_subject(header.title)
    if not subject:
        return None
    return _topic_words(OWN_PLACE.sub("", kind_and_words(subject)[1])) - _topic_words(fold(header.place or ""))


# "một cửa" (the one-stop mechanism) folds to words that name no topic apart ("cửa" and "của" fold alike): one word.
ONE_STOP = re.compile(r"\bmot cua\b")
# "số" is a number's word, but "digital" in "chuyển đổi số", "kinh tế số", "số hóa": there it names the topic.
DIGITAL = re.compile(r"\b(?:(?<=chuyen doi )|(?<=kinh te )|(?<=xa hoi )|(?<=chinh phu )|(?<=chinh quyen ))so\b|\bso(?= hoa\b)")


def _topic_words(text: str) -> set[str]:
    text = DIGITAL.sub("digital", ONE_STOP.sub("motcua", NO_TOPIC_PHRASES.sub(" ", text)))
    return {word for word in re.findall(r"[a-z]+", text) if word not in NO_TOPIC_WORDS}


def _basis_topic_words(citation: Citation, citations: CitationReader) -> set[str]:
    """The topic words of a basis: those of its subject, or of its whole clause when it names none; for a basis only
    carrying out the document cited next, and cited nowhere else ("Nghị quyết số 12/NQ-CP ... triển khai thực hiện
    Nghị quyết số 88/2019/QH14 ... về phê duyệt Đề án tổng thể phát triển ... vùng đồng bào dân tộc thiểu số ..."),
    that document's: the basis is the step the plan follows towards it. One cited as a basis of its own is weighed on
    its own."""
    carried = citation
    for _ in range(MAX_CARRYING_OUT_LINKS):
        clause = own_clause_of(carried, citations)
        following = cited_next(carried, citations) if ENDS_CARRYING_OUT.search(clause) else None
        if following is None or _cited_elsewhere(following, citations):
            break
        carried = following
    clause = own_clause_of(carried, citations)
    return _basis_subject_words(clause) or _topic_words(clause)


# How far a chain of documents each carrying out the next is followed for a basis's topic ("Kế hoạch ... thực hiện
# Kết luận ... về tiếp tục thực hiện Nghị quyết ... về công tác dân tộc").
MAX_CARRYING_OUT_LINKS = 3


def _cited_elsewhere(citation: Citation, citations: CitationReader) -> bool:
    sentence = citations.sentence_of(citation)
    return any(c.target.number == citation.target.number and citations.sentence_of(c) != sentence for c in citations.citations)


def _basis_subject_words(clause: str) -> set[str]:
    start = SUBJECT_START.search(clause)
    return _topic_words(KIND_WORD.sub(" ", clause[start.end():])) if start else set()


# How much of the title's topic a basis's subject must name, and of its subject the title, for the title to restate it.
RESTATED_SHARE = 0.9
RESTATED_MIN_WORDS = 5


def _the_one_whose_subject_the_title_restates(header: Header, citations: CitationReader, policies: list[Citation]
                                              ) -> Parents | None:
    """The one policy basis whose subject the title restates nearly word for word ("Về nhiệm vụ, giải pháp chủ yếu
    thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024" under "Nghị quyết số
    01/NQ-CP ... về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách nhà
    nước năm 2024"), with a warning: the province does for itself what that document set out, before any rule on the
    year's plans weighs the council's resolutions."""
    topic = _title_topic(header)
    if not topic or len(topic) < RESTATED_MIN_WORDS:
        return None
    restated = the_only_one([c for c in {c.target.number: c for c in reversed(policies)}.values()
                             if (subject := _basis_subject_words(own_clause_of(c, citations)))
                             and len(topic & subject) >= RESTATED_SHARE * max(len(topic), len(subject))])
    if restated is None:
        return None
    return inferred(citations, restated, "the basis whose subject the title restates",
                    "the basis whose subject the title restates word for word")


def _the_one_closest_in_topic(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """Of the policy bases, the one whose own words name most of the title's topic, well ahead of every other, and
    whose subject the title's topic holds ("Kế hoạch tổ chức kỷ niệm 100 năm Ngày sinh đồng chí X" under "Thông báo
    ... về tổ chức kỷ niệm 100 năm Ngày sinh đồng chí X" rather than "Chỉ thị ... về đổi mới việc tổ chức các ngày kỷ
    niệm"), with a warning."""
    topic = _title_topic(header)
    if topic is None:
        return None
    if len(topic) < 3:
        return None
    shares: dict[str, tuple[float, Citation, set[str]]] = {}  # number -> (share of the topic, citation, its subject)
    for citation in policies:
        if citation.target.number not in shares:
            clause = own_clause_of(citation, citations)
            own_subject = _basis_subject_words(clause)
            shares[citation.target.number] = (len(topic & (own_subject or _topic_words(clause))) / len(topic), citation, own_subject)
    ranked = sorted(shares.values(), key=lambda item: -item[0])
    best_share, best, own_subject = ranked[0] if ranked else (0.0, None, set())
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best is None or best_share < CLOSEST_TOPIC_SHARE or best_share - runner_up < CLOSEST_TOPIC_LEAD:
        return None
    if not own_subject or len(own_subject & _topic_words(fold_at(header.title))) / len(own_subject) < CONTAINED_SUBJECT_SHARE:
        return None
    guided = _the_state_s_document_the_guidance_names_with(best, policies, citations)
    if guided is not None:
        return inferred(citations, guided, "the state's document a ministry's basis on the title's topic is cited with",
                        f"the Government's or Prime Minister's document cited without a subject of its own just before"
                        f" {best.target.number}, the ministry's basis whose words name most of the title's topic")
    return inferred(citations, best, "the basis closest to the title's topic",
                     f"the basis whose words name most of the title's topic ({best_share:.0%}, the next {runner_up:.0%})")


def _the_state_s_document_the_guidance_names_with(best: Citation, policies: list[Citation], citations: CitationReader
                                                 ) -> Citation | None:
    """The Government's or Prime Minister's document cited in the same sentence just before ``best``, a ministry's,
    with no subject of its own ("Căn cứ Chỉ thị số 01/CT-TTg ngày ... của Thủ tướng Chính phủ; Hướng dẫn số
    7210/HD-BQP ... của Bộ Quốc phòng về tổ chức phong trào X"): the subject the ministry's words give is the
    directive's too, which the ministry guides the carrying out of."""
    if not _of_a_ministry_by_code(best):
        return None
    before = next((c for c in reversed(policies[:policies.index(best)]) if c.target.number != best.target.number), None)
    if before is None or not _of_the_state_by_code(before) or before.span.first != best.span.first:
        return None
    return before if not NAMES_ITS_SUBJECT.search(own_clause_of(before, citations)) else None


APPROVING_THE_SUBJECT = "approving the title's subject"
# A document whose subject is only carrying a law out ("Chỉ thị ... về tổ chức triển khai thực hiện hiệu quả Luật Hỗ trợ
# doanh nghiệp nhỏ và vừa", "Công văn ... về đẩy mạnh triển khai Luật ..."), folded: the law's name.
CARRIES_OUT_A_LAW = re.compile(r"\bve\s+(?:viec\s+)?(?:[a-z]+\s+){0,3}?(?:trien khai|thi hanh|thuc hien)\s+"
                               r"(?:thi hanh\s+|thuc hien\s+)?(?:co hieu qua\s+|hieu qua\s+)?luat\s+(?P<name>[^;(.,]+)")


def the_decree_detailing_the_law(parents: Parents, header: Header, citations: CitationReader, candidates: list[Citation]
                                 ) -> Parents | None:
    """A plan on a law's very subject ("Hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn ..."), taken from its bases to carry out
    a document whose subject is only carrying that law out, carries out the decree detailing the law when it is
    cited: the decree sets the support, the plan gives it; the other only urges the law on. Inferred and warned."""
    chosen = parents.main
    # taken for approving the title's subject, it only names the law whose subject the title is
    if (parents.stated and parents.how != APPROVING_THE_SUBJECT) or chosen is None:
        return None
    topic = _title_topic(header)
    if not topic:
        return None
    chosen_citation = next((c for c in candidates if c.target.number == chosen.number), None)
    urged = CARRIES_OUT_A_LAW.search(fold_at(own_clause_of(chosen_citation, citations))) if chosen_citation else None
    law = _topic_words(urged["name"]) if urged else set()
    if not law or not law <= topic:
        return None
    decrees = [c for c in candidates if c.target.type_code == "NĐ" and not c.target.part
               and (detailed := DETAILED_LAW.search(fold_at(own_clause_of(c, citations)))) and _topic_words(detailed["name"]) == law]
    decree = the_only_one(decrees)
    if decree is None:
        return None
    return inferred(citations, decree, "the decree detailing the law whose subject the plan is",
                    f"the decree detailing the law whose very subject the plan is, which {chosen.number} only urges on")


def the_policy_still_in_force(header: Header, citations: CitationReader, candidates: list[Citation]) -> Parents | None:
    """For a plan naming no parent, and citing policies only where it reviews past work ("I. KẾT QUẢ ... GIAI ĐOẠN 2011 -
    2015: Thực hiện Quyết định số ... phê duyệt Chiến lược ... đến năm 2020 ..."), the one approving a strategy or
    programme on its topic whose period runs to the end of the plan's own: it is still in force, and the plan
    carries it on. Inferred and warned."""
    title = fold_at(header.title or "")
    ends = PERIOD_END.findall(title)
    topic = _title_topic(header)
    if not ends or not topic:
        return None
    in_force = []
    for citation in candidates:
        clause = own_clause_of(citation, citations)
        runs_to = PERIOD_END.findall(clause)
        if (runs_to and int(runs_to[0]) >= int(ends[0]) and _policy_basis(citation, citations) and APPROVES_A_POLICY.search(clause)
                and topic & _basis_topic_words(citation, citations)):
            in_force.append(citation)
    policy = the_only_one(in_force)
    if policy is None:
        return None
    return inferred(citations, policy, "the policy still in force that the review of past work names",
                    f"the policy on the plan's topic that its review of past work names, still in force to {ends[0]}")


def the_basis_carrying_it_out(parents: Parents, header: Header, citations: CitationReader,
                              candidates: list[Citation]) -> Parents | None:
    """A state body's plan on the subject of a Party document the preamble names only as what a basis carries out
    ("Căn cứ Quyết định số 247/QĐ-TTg ... ban hành Kế hoạch triển khai thực hiện Chỉ thị số 21-CT/TW ... về X" under
    "Kế hoạch về X") carries out that basis, as when a title names both; ``None`` otherwise."""
    chosen = next((c for c in candidates if parents.main and c.target.number == parents.main.number), None)
    if chosen is None or not of_the_party(chosen) or of_the_party_body(header) \
            or not only_named_as_carried_out(chosen, header, candidates):
        return None
    line = next(line for line in header.preamble if chosen in cited_on(line, candidates))
    before = [c for c in not_carried_out_by_another(cited_on(line, candidates), line)
              if c.span.first <= chosen.span.first and fold(line.text).find(fold(c.text)) < fold(line.text).find(fold(chosen.text))]
    if not before or of_the_party(before[-1]):
        return None
    return inferred(citations, before[-1], "the basis carrying out the Party document on the title's subject",
                     f"which carries out {chosen.target.number}, the Party document on the title's subject")


def only_named_as_carried_out(citation: Citation, header: Header, candidates: list[Citation]) -> bool:
    """Whether the preamble names ``citation`` only as what another document it cites carries out."""
    lines = [line for line in header.preamble if citation in cited_on(line, candidates)]
    return bool(lines) and all(citation not in not_carried_out_by_another(cited_on(line, candidates), line) for line in lines)


def not_carried_out_by_another(cited: list[Citation], line: Line) -> list[Citation]:
    """The documents a line rests on, without those it names as what another carries out ("Căn cứ Quyết định số A
    ban hành Kế hoạch thực hiện Chương trình số B ... thực hiện Nghị quyết số C": A, not B or C). What a letter asks
    to carry out ("Công văn số A về việc triển khai Quyết định số B") is kept: the letter only relays it."""
    text = fold(line.text)
    kept, end, previous = [], -1, None
    # in the order the line writes them: the numbers listed after one plural type word ("các Quyết định ...: số A;
    # số B") are read after a document the line names later with its own type word
    for citation in sorted(cited, key=lambda c: text.find(fold(c.text))):
        start = text.find(fold(citation.text), max(end, 0))
        if start < 0:
            continue
        if previous is None or previous.target.type_code == "CV" or not CARRYING_OUT_CLAUSE.search(text[end:start]):
            kept.append(citation)
        end, previous = start + len(fold(citation.text)), citation
    return kept


# The least a basis must share with the title to be taken as its parent for that alone: two topic words, more than
# any other basis shares, and half of its own subject's words (a broad resolution naming "phát triển" among twenty
# words shares little of itself with any title), unless it shares three words more than any other (a Government
# resolution naming several aims, one of them the title's: "... nâng cao năng lực cạnh tranh quốc gia năm 2024").
MOST_ON_TOPIC_WORDS = 2

MOST_ON_TOPIC_OWN_SHARE = 0.5

MOST_ON_TOPIC_LEAD = 3


def _the_one_most_on_topic(header: Header, citations: CitationReader, policies: list[Citation],
                           break_ties: bool = False) -> Parents | None:
    """Of the policy bases, the one sharing most topic words with the title, strictly more than any other, when at
    least half its own subject is the title's or it leads by three words ("Kế hoạch tiêm vắc xin phòng COVID-19 đợt
    ..." under "Quyết định ... phê duyệt Kế hoạch tiêm vắc xin phòng COVID-19" rather than the Government's resolution
    on buying vaccines), with a warning. A document of the plan's own body is left out: on a neighbouring topic it is more often a sibling
    ("Chương trình phát triển nhân lực ngành bán dẫn" beside "Chương trình phát triển công nghiệp vi mạch bán dẫn").
    When ``break_ties`` (weighed after the other readings of bare bases), bases tied on the topic's words, or one
    leading by fewer words than that, are told apart by the words only they share with the title."""
    topic = _title_topic(header)
    if topic is None:
        return None
    own_code = header.number.issuer_code if header.number else None
    scored: dict[str, tuple[int, float, Citation]] = {}  # number -> (words shared, share of its own subject, citation)
    words_shared: dict[str, set[str]] = {}
    for citation in policies:
        cited = parse_number(citation.target.number or "")
        if citation.target.number in scored or (own_code and cited and cited.issuer_code == own_code
                                                  and not _the_province_s_above_a_district(header, citation)):
            continue
        own_subject = _basis_topic_words(citation, citations)
        if own_subject:
            words_shared[citation.target.number] = topic & own_subject
            shared = len(topic & own_subject)
            scored[citation.target.number] = (shared, shared / len(own_subject), citation)
    ranked = sorted(scored.values(), key=lambda item: -item[0])
    if not ranked:
        return None
    shared, own_share, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0
    if break_ties and shared >= MOST_ON_TOPIC_WORDS and shared == runner_up:
        return _the_tied_one_running_on_with_the_title(header, citations, [c for n, _, c in ranked if n == shared])
    if break_ties and shared >= MOST_ON_TOPIC_WORDS and own_share < MOST_ON_TOPIC_OWN_SHARE and shared - runner_up < MOST_ON_TOPIC_LEAD:
        return _the_only_one_naming_the_topic_s_own_words(citations, best, words_shared)
    if break_ties or shared < MOST_ON_TOPIC_WORDS or shared == runner_up or (
            own_share < MOST_ON_TOPIC_OWN_SHARE and shared - runner_up < MOST_ON_TOPIC_LEAD):
        return None
    within_a_word = [c for n, _, c in ranked[1:] if shared - n <= 1]
    issuing = _the_plan_a_letter_on_the_topic_gives_way_to(best, within_a_word, citations)
    if issuing is not None:
        return inferred(citations, issuing, "the document issuing a plan, within a word of a letter on the title's topic",
                        f"the document issuing a plan or programme, within a word of {best.target.number}, the letter"
                        f" sharing most words with the title's topic ({shared})")
    followed = _the_state_s_decision_a_ministry_s_follows(best, within_a_word, citations)
    if followed is not None:
        return inferred(citations, followed, "the Prime Minister's or Government's decision the basis on the title's topic"
                        " follows", f"the Government's or Prime Minister's document doing what {best.target.number}, the"
                        f" ministry's basis sharing most words with the title's topic ({shared}, this one"
                        f" {scored[followed.target.number][0]}), does"
                        " after it for the ministry's part")
    return inferred(citations, best, "the basis sharing most of the title's topic",
                     f"the basis sharing most words with the title's topic ({shared}, the next {runner_up})")


# The words opening a basis's subject that say what it does ("giao dự toán ...", "phân bổ vốn ..."), folded: a ministry's
# decision opening as a Prime Minister's decision among the bases does, within a word of it on the title's topic, does
# it after that one for the ministry's part ("Quyết định ... của Bộ Tài chính về việc giao dự toán thu, chi ngân sách nhà
# nước năm 2022" after "Quyết định ... của Thủ tướng Chính phủ về việc giao dự toán ngân sách nhà nước năm 2022").
SAME_ACT_WORDS = 2


def _the_state_s_decision_a_ministry_s_follows(best: Citation, near: list[Citation], citations: CitationReader
                                              ) -> Citation | None:
    """Of the bases within a word of ``best`` on the title's topic, the one Government or Prime Minister's document
    whose subject opens on the same words as ``best``'s, when ``best`` is a ministry's; else ``None``."""
    if not _of_a_ministry_by_code(best):
        return None
    opening = _subject_opening(best, citations)
    if not opening:
        return None
    followed = [c for c in near if _of_the_state_by_code(c) and _subject_opening(c, citations) == opening]
    return followed[0] if len(followed) == 1 else None


def _the_plan_a_letter_on_the_topic_gives_way_to(best: Citation, near: list[Citation], citations: CitationReader
                                                  ) -> Citation | None:
    """Of the bases within a word of ``best`` on the title's topic, the one document issuing or approving a plan,
    programme or strategy, when ``best`` is a letter: a letter guides or asks ("Công văn ... về việc tiêm vắc xin ...
    cho trẻ em từ 12 - 17 tuổi"), the plan it works within is what the province's plan carries out ("Quyết định ...
    ban hành Kế hoạch triển khai Chiến dịch tiêm vắc xin ...")."""
    if best.target.type_code not in LETTER_TYPES:
        return None
    return the_only_one([c for c in near if c.target.type_code not in LETTER_TYPES
                         and APPROVES_A_POLICY.search(own_clause_of(c, citations))])


def _issuing_code(citation: Citation) -> str | None:
    number = parse_number(citation.target.number or "")
    return issuing_body_code(number) if number else None


def _of_a_ministry_by_code(citation: Citation) -> bool:
    """Whether the cited document's issuing code is a ministry's by its form ("BTC", "BQP", "BYT": a "B" first)."""
    code = _issuing_code(citation)
    return code is not None and code.startswith("B")


def _of_the_state_by_code(citation: Citation) -> bool:
    """Whether the cited document is the Government's or the Prime Minister's by its issuing code, an old number coded
    by the body alone ("406/TTg") too."""
    return _issuing_code(citation) in ("TTg", "CP")


def _subject_opening(citation: Citation, citations: CitationReader) -> tuple[str, ...]:
    clause = own_clause_of(citation, citations)
    start = SUBJECT_START.search(clause)
    words = clause[start.end():].split() if start else []
    return tuple(words[:SAME_ACT_WORDS]) if len(words) >= SAME_ACT_WORDS else ()


# A basis's own words ending on what it carries out, named next ("... về tiếp tục thực hiện" / "Nghị quyết số ..."),
# folded.
ENDS_CARRYING_OUT = re.compile(rf"{CARRYING_OUT_CLAUSE.pattern}\s*$")


def _the_first_on_topic_after_one_off_it(header: Header, citations: CitationReader, eligible: list[Citation]) -> Parents | None:
    """When the first policy basis shares no word of the title's topic (the Politburo's resolution on the province's
    whole development, over "Kế hoạch chuyển đổi số tỉnh X năm 2026"), the first of those sharing most of its words,
    two at least: the one on the plan's topic, with a warning. ``None`` when the first shares a word, or none does.
    Only bases of the preamble's own are weighed, not what one of them says it carries out."""
    topic = _title_topic(header)
    if not topic or not eligible:
        return None
    # one naming no subject is off no topic; one naming its topic only in what it carries out ("Kết luận ... về tiếp
    # tục thực hiện" the resolution cited next) is on that one's
    clause = own_clause_of(eligible[0], citations)
    if not _basis_subject_words(clause) or topic & _topic_words(clause) or ENDS_CARRYING_OUT.search(clause):
        return None
    scored = [(len(topic & _basis_topic_words(c, citations)), c) for c in eligible[1:]]
    most = max((shared for shared, _ in scored), default=0)
    if most < MOST_ON_TOPIC_WORDS:
        return None
    chosen = next(c for shared, c in scored if shared == most)
    return inferred(citations, chosen, "the first policy basis on the title's topic",
                    f"the first policy document the preamble rests on that shares most words with the title's topic"
                    f" ({most}; {eligible[0].target.number}, the first, shares none)")


# A preamble's line naming the guidance the text follows ("Theo nội dung hướng dẫn của Bộ X tại Công văn số ..."),
# folded: a ground as a "Căn cứ" line is.
GUIDED_BY = re.compile(r"^theo\s+(?:noi dung\s+)?huong dan\b")
# A day written out ("ngày 11 tháng 7 năm 2022", folded), whose year is no plan's.
A_DAY = re.compile(r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}\b")
# What a letter asks to be drawn up, or guides the work of, and for which year: "... hướng dẫn các địa phương xây dựng
# Kế hoạch chuyển đổi số năm 2026", "... về việc hướng dẫn triển khai công tác bình đẳng giới năm 2025" (folded).
ASKS_FOR_A_YEAR_S_PLAN = re.compile(r"\b(?:(?:xay dung|lap)\s+(?:ke hoach|chuong trinh)|huong dan\s+(?:trien khai|thuc hien))"
                                    r"\s+(?P<topic>.+?)\s+nam\s+(?P<year>(?:19|20)\d\d)\b")


def _the_letter_asking_for_this_year_s_plan(header: Header, citations: CitationReader, candidates: list[Citation],
                                           policies: list[Citation]) -> Parents | None:
    """The letter, cited as a ground or as the guidance followed ("Theo hướng dẫn của Bộ X tại Công văn số N"), that
    asks for a plan of the title's year on at least half of its topic ("Công văn ... hướng dẫn các bộ, ngành, địa
    phương xây dựng Kế hoạch chuyển đổi số năm 2026" over "Kế hoạch chuyển đổi số tỉnh X năm 2026"), with a warning:
    the yearly plan is drawn up as the ministry asked. A policy basis naming that year too comes first; and a letter's
    guidance otherwise only sets rules."""
    topic, years = _title_topic(header), _years_of_a_plan(header.title or "")
    if not topic or len(years) != 1:
        return None
    grounds = [line for line in header.preamble if BASIS_SENTENCE.match(fold(line.text)) or GUIDED_BY.match(fold(line.text))]
    asking = the_only_one([c for line in grounds for c in cited_on(line, candidates)
                           if c.target.type_code in LETTER_TYPES and _asks_for_the_plan(c, citations, topic, years)])
    if asking is None or any(not for_another_year(c, header, citations) and YEAR_OF_A_PLAN.search(fold_at(own_clause_of(c, citations)))
                             for c in policies if c is not asking):
        return None
    return inferred(citations, asking, "the letter asking for the plan of the title's year",
                    f"the letter asking for a plan on the title's topic for {next(iter(years))}")


# A year's socio-economic plan or targets, and the council's resolution on that year's socio-economic tasks (folded).
SOCIO_ECONOMIC = re.compile(r"\bkinh te\s*-?\s*xa hoi\b")


def _the_council_s_tasks_for_the_title_s_year(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """A year's socio-economic plan or its targets ("Về việc giao chỉ tiêu Kế hoạch phát triển kinh tế - xã hội năm
    2019") carries out the one council resolution among its bases on that year's socio-economic tasks ("Nghị quyết số
    26/NQ-HĐND ... về kết quả thực hiện ... kinh tế - xã hội ... năm 2018 và nhiệm vụ, giải pháp năm 2019"), with a
    warning: the Committee assigns what the Council decided. The Council's budget resolutions of that year name no
    socio-economic tasks and are left out."""
    years = _years_of_a_plan(header.title or "")
    if len(years) != 1 or not SOCIO_ECONOMIC.search(fold_at(header.title or "")):
        return None
    year = next(iter(years))
    council = the_only_one([
        c for c in policies if (cited := parse_number(c.target.number or "")) and cited.issuer_code == "HĐND"
        and SOCIO_ECONOMIC.search(clause := own_clause_of(c, citations)) and re.search(rf"\bnam {year}\b", clause)])
    if council is None:
        return None
    return inferred(citations, council, "the council's resolution on the tasks of the title's year",
                    f"the council's resolution on the socio-economic tasks of {year}")


def _the_body_s_own_plan_for_the_title_s_year(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """The plan coded as the body's own for the very year the title names, on its topic ("Kế hoạch số 219/KH-UBND ...
    về việc rà soát, đơn giản hóa thủ tục hành chính nội bộ ... năm 2025" under "Thông qua phương án đơn giản hóa thủ
    tục hành chính nội bộ ... năm 2025"; a commune's plan under its district's, both …/KH-UBND), with a warning: what
    was planned for that year, this document does. Such plans for a span of years are weighed as any basis is, as
    siblings may be."""
    topic, years = _title_topic(header), _years_of_a_plan(header.title or "")
    own_code = header.number.issuer_code if header.number else None
    if not topic or len(years) != 1 or not own_code:
        return None
    own_plan = the_only_one([
        c for c in policies if c.target.type_code == "KH" and (cited := parse_number(c.target.number or ""))
        and cited.issuer_code == own_code and c.target.number != header.number.text
        and _years_of_a_plan(own_clause_of(c, citations)) == years
        and len(topic & _basis_topic_words(c, citations)) >= MOST_ON_TOPIC_WORDS])
    if own_plan is None:
        return None
    return inferred(citations, own_plan, "the body's own plan for the title's year",
                    f"the body's own plan on the title's topic for {next(iter(years))}")


def _years_of_a_plan(text: str) -> set[str]:
    """The years a title or a clause says a plan is for ("... năm 2025"), not those of the days it names."""
    return set(YEAR_OF_A_PLAN.findall(A_DAY.sub("", fold_at(text))))


def _asks_for_the_plan(citation: Citation, citations: CitationReader, topic: set[str], years: set[str]) -> bool:
    for asked in ASKS_FOR_A_YEAR_S_PLAN.finditer(own_clause_of(citation, citations)):
        shared = len(topic & _topic_words(asked["topic"]))
        if asked["year"] in years and shared >= MOST_ON_TOPIC_WORDS and shared >= MOST_ON_TOPIC_OWN_SHARE * len(topic):
            return True
    return False


# A district-level body heading the header ("ỦY BAN NHÂN DÂN QUẬN 11", "... HUYỆN THỌ XUÂN"), and the province's or
# city's level a cited document's issuer names ("Ủy ban nhân dân Thành phố", "UBND tỉnh"), folded.
DISTRICT_LEVEL = re.compile(r"\b(?:huyen|quan|thi xa)\b")
PROVINCE_LEVEL = re.compile(r"\b(?:tinh|thanh pho)\b")


def _the_province_s_above_a_district(header: Header, citation: Citation) -> bool:
    """Whether a district's committee cites its province's or city's committee ("Kế hoạch số 45/KH-UBND ... của Ủy ban
    nhân dân Thành phố" under "ỦY BAN NHÂN DÂN QUẬN 11"): the same code as its own numbers, but the body above it."""
    issuer, cited = fold(" ".join(header.issuer_lines)), fold(citation.target.issuer or "")
    return bool(DISTRICT_LEVEL.search(issuer) and PROVINCE_LEVEL.search(cited) and not DISTRICT_LEVEL.search(cited))


def _the_only_one_naming_the_topic_s_own_words(citations: CitationReader, best: Citation,
                                              words_shared: dict[str, set[str]]) -> Parents | None:
    """The basis sharing most topic words with the title, when the words it leads by are its own: every other basis
    shares only words all of them share ("phát triển"), it shares two more at least ("ngành tôm" for "Phương án phát
    triển ngành tôm tỉnh X" under the ministry's "Đề án ... phát triển ngành công nghiệp tôm nước lợ" rather than the
    national fisheries strategy), with a warning."""
    if len(words_shared) < 2:
        return None
    common = set.intersection(*words_shared.values())
    if not common:
        # a basis sharing nothing with the title may name its subject only in the document it carries out ("Kết luận
        # ... về tiếp tục thực hiện Nghị quyết số 24-NQ/TW ... về công tác dân tộc"): nothing tells the two apart then
        return None
    own_words = words_shared[best.target.number] - common
    others = [words - common for number, words in words_shared.items() if number != best.target.number]
    if len(own_words) < MOST_ON_TOPIC_WORDS or any(others):
        return None
    return inferred(citations, best, "the only basis naming the title's own topic words",
                     f"the only basis naming the title's own topic words ({', '.join(sorted(own_words))}); the others share"
                     " only words every basis shares")


# A basis's own words carrying out another document ("... về tiếp tục thực hiện Nghị quyết Trung ương 7"), folded.
CARRYING_OUT_A_DOCUMENT = re.compile(rf"\b(?:thuc hien|trien khai)\s+(?:cac\s+)?(?:{KIND_WORDS})\b")


def _the_tied_one_running_on_with_the_title(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the one whose words run on longest with the title's, its
    place and period with them ("Phong trào thi đua chuyển đổi số tỉnh X đến năm 2025, định hướng đến năm 2030" under the
    province's resolution "về chuyển đổi số trên địa bàn tỉnh X đến năm 2025, định hướng đến năm 2030" rather than
    the national programme), when it leads every other; with a warning."""
    title = title_subject_and_period(header)
    # a basis carrying out another of them ("Kết luận ... về tiếp tục thực hiện Nghị quyết ...") repeats its words:
    # the longer run says nothing then
    if not title or any(CARRYING_OUT_A_DOCUMENT.search(own_clause_of(c, citations)) for c in tied):
        return None
    # a sector's run of words with the title ("ngành Y tế đến năm 2025, ...") is its scope and period, not its topic
    sector_s_topic = _the_tied_one_named_after_the_sector_s_topic(header, citations, tied)
    if sector_s_topic is not None:
        return sector_s_topic
    words = words_only(title).split()
    # the plan's own province is left out of a basis's words as of the title's ("... thanh niên tỉnh X, giai đoạn ...")
    runs = sorted(((shared_run(words, without_own_province(own_clause_of(c, citations), header).split()), c) for c in tied),
                  key=lambda item: -item[0])
    (best_run, best), runner_up = runs[0], runs[1][0]
    if best_run >= TITLE_RUN_WORDS and best_run >= runner_up + TITLE_RUN_LEAD:
        return inferred(citations, best, "the basis whose words run on with the title's",
                         f"of bases sharing as many topic words with the title, the one whose words run on longest with"
                         f" its own ({best_run} words, the next {runner_up})")
    return _the_tied_one_wholly_on_the_topic(header, citations, tied) or _the_tied_one_of_the_plan_s_province(header, citations, tied)


# The words by which a national document names its topic as the nation's ("Chiến lược quốc gia về biến đổi khí hậu"),
# folded: no words of the topic itself.
NATION_WORDS = frozenset({"quoc", "gia"})


def _the_tied_one_wholly_on_the_topic(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one whose own subject the title holds, when every
    other's subject is mostly its own: the National Traffic Safety Committee's "Kế hoạch Năm an toàn giao thông 2017"
    under a ministry's "Năm An toàn giao thông - 2017", rather than the Party's letter on traffic safety by road, rail
    and waterway, which names the same words among many more; with a warning."""
    topic = _title_topic(header) or set()
    shares = {}
    for citation in tied:
        own_subject = _basis_topic_words(citation, citations) - (NATION_WORDS - topic)
        shares.setdefault(citation.target.number, (len(own_subject & topic) / len(own_subject) if own_subject else 0.0, citation))
    held = [citation for share, citation in shares.values() if share >= CONTAINED_SUBJECT_SHARE]
    if len(held) != 1 or any(share >= MOST_ON_TOPIC_OWN_SHARE for share, c in shares.values() if c is not held[0]):
        return None
    return inferred(citations, held[0], "the basis wholly on the title's topic",
                     "of bases sharing as many topic words with the title, the only one whose own subject the title holds")


# A policy's kind named in a basis's own words ("... về Phương án tổng thể sắp xếp ..."), folded.
NAMES_A_POLICY = re.compile(rf"\b(?:phuong an\b|{POLICY_KINDS})")


def _the_tied_one_of_the_plan_s_province(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one naming the plan's own province ("Phương án tổng
    thể sắp xếp các đơn vị hành chính cấp xã, tỉnh X" beside the national resolutions on the same arrangement): the
    province's own scheme is what its plan carries out, with a warning."""
    province = header.issuer_place or header.place
    if not province:
        return _the_tied_one_named_after_the_topic(header, citations, tied)
    place = re.compile(rf"\b{re.escape(words_only(fold(province)))}\b")
    # a scheme, programme or plan of the province, or its Party committee's resolution: not a decision setting up a zone
    chosen = the_only_one([c for c in tied if place.search(words_only(own_clause_of(c, citations)))
                            and (of_the_party(c) or NAMES_A_POLICY.search(own_clause_of(c, citations)))])
    if chosen is None:
        return _the_tied_one_named_after_the_topic(header, citations, tied)
    return inferred(citations, chosen, "the basis of the plan's own province",
                     f"of bases sharing as many topic words with the title, the only one naming {province}")


def _the_tied_one_named_after_the_topic(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one approving a document named after the title's
    topic ("Chương trình chuyển đổi số quốc gia" for "Kế hoạch chuyển đổi số tỉnh X năm 2025", beside "Đề án nâng cao
    nhận thức ... về chuyển đổi số", which only ends on it), with a warning."""
    title = _title_topic_and_kind(header)
    if title is None or len(title[0].split()) < MOST_ON_TOPIC_WORDS:
        return None
    return _named_after(citations, _the_only_one_named_after(*title, citations, tied))


def _the_tied_one_named_after_the_sector_s_topic(header: Header, citations: CitationReader, tied: list[Citation]) -> Parents | None:
    """Of bases sharing as many topic words with the title, the only one approving a document named after the topic a
    sector's plan opens on ("Chương trình chuyển đổi số quốc gia" for "Kế hoạch chuyển đổi số ngành Ngân hàng đến năm
    2025, ...", beside the sector's "Chiến lược phát triển ngành Ngân hàng ... đến năm 2025, ...": the sector is the
    plan's scope, as a province is, and shares no more of its topic than the period does), with a warning."""
    title = _title_topic_and_kind(header)
    if title is None or not SECTOR_SCOPE.search(title[0]):
        return None
    head = SECTOR_SCOPE.sub("", title[0])
    if len(head.split()) < MOST_ON_TOPIC_WORDS:
        return None
    return _named_after(citations, _the_only_one_named_after(head, title[1], citations, tied))


def _named_after(citations: CitationReader, chosen: Citation | None) -> Parents | None:
    if chosen is None:
        return None
    return inferred(citations, chosen, "the basis approving what is named after the title's topic",
                     "of bases sharing as many topic words with the title, the only one approving a document named"
                     " after its topic")


def _title_topic_and_kind(header: Header) -> tuple[str, str] | None:
    """The title's topic (folded words, its place and year left out) and the kind of document it names."""
    subject = title_subject(header.title or "")
    if not subject:
        return None
    kind, topic = kind_and_topic(subject)
    # the year and the place come in either order: "... năm 2023 tỉnh X", "... tỉnh X năm 2023"
    topic = OWN_PLACE.sub("", PLAN_YEAR.sub("", OWN_PLACE.sub("", words_only(topic)))).strip()
    approved_kind, approved_topic = kind_and_topic(topic)  # a decision approving a quoted plan: "Phê duyệt “Kế hoạch X”"
    if approved_kind:
        kind, topic = approved_kind, approved_topic.strip()
    return topic, kind or words_only(fold(header.type_name or ""))


# The sector a plan's topic is drawn up for, after the topic itself: "... ngành Ngân hàng đến năm 2025".
SECTOR_SCOPE = re.compile(r"\s+(?:cua\s+)?(?:nganh|linh vuc)\s.*$")


def _the_only_one_named_after(topic: str, own_kind: str, citations: CitationReader, tied: list[Citation]) -> Citation | None:
    named = {}  # number -> (the kind of what it approves, citation)
    for citation in tied:
        for approved in CITED_SUBJECT.finditer(own_clause_of(citation, citations)):
            approved_kind, approved_topic = kind_and_topic(approved["subject"].strip(' "'))
            if named_after(topic, words_only(approved_topic)):
                named.setdefault(citation.target.number, (approved_kind, citation))
    # a strategy and a plan both named after the topic: a plan goes by the plan ("Kế hoạch phòng chống thiên tai quốc
    # gia" rather than "Chiến lược quốc gia về phòng, chống thiên tai")
    of_its_kind = [citation for approved_kind, citation in named.values() if approved_kind == own_kind]
    return the_only_one([citation for _, citation in named.values()]) or the_only_one(of_its_kind)


# Roman numerals (a congress, a session) are no topic's name.
ROMAN_NUMERAL = re.compile(r"^[ivxlcdm]+$")


def _technical_terms(text: str) -> set[str]:
    """The words of a title that are no Vietnamese syllable ("IPv6", "Internet", "logistics", "5G"), folded: the
    names of a topic, which few documents share. Read with diacritics where the copy has them; a word without any
("duyet") is taken for a syllable that lost them. Words
    of place names spelt outside the rules ("Kạn", "Đắk") name a place, not a topic."""
    words = re.findall(r"[^\W_]+", text.lower())
    return {fold(word) for word in words
            if len(word) >= 2 and not word.isdigit() and not ROMAN_NUMERAL.match(word) and not _a_syllable(word)
            and re.search(r"[^\d]", word) and fold(word) not in _folded_place_words()}


@lru_cache(maxsize=1)
def _folded_place_words() -> frozenset[str]:
    return frozenset(fold(word) for word in place_words())


def _a_syllable(word: str) -> bool:
    """A Vietnamese syllable, or one with its diacritics lost ("duyet" in a copy without them)."""
    return is_syllable(word) or (word.isascii() and could_be_syllable(word))


def _the_one_sharing_a_term(header: Header, citations: CitationReader, policies: list[Citation]) -> Parents | None:
    """Of the policy bases, the only one whose own words share a technical term with the title ("Triển khai ứng dụng
    IPv6 ..." over "... phê duyệt kế hoạch hành động quốc gia về IPv6"), with a warning; None if not exactly one does."""
    terms = _technical_terms(header.title)
    if not terms:
        return None

    def shared(citation: Citation) -> set[str]:
        clause = set(re.findall(r"[a-z0-9]+", own_clause_of(citation, citations)))
        return terms & clause

    sharing = {c.target.number: c for c in policies if shared(c)}
    if len(sharing) != 1:
        return None
    citation = next(iter(sharing.values()))
    return inferred(citations, citation, "the one basis naming the title's topic",
                     f"the one basis naming the title's topic ({', '.join(sorted(shared(citation)))})")
