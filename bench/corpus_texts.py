"""The national corpus as texts: national documents once, then provincial and ministry plans under them.

Everything is drawn from ``random.Random`` seeded with a string (the corpus seed and
the thing drawn), so the same seed gives the same documents in any process and any
order. A plan's text and its *intent* (what the extractor should read back) are made
together, from its ``PlanSpec``.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta

from bench import corpus_vocabulary as vocab
from vnpolicy.iris import slug
from vnpolicy.provinces import NewUnit, province_table

MERGER_DAY = date(2025, 7, 1)  # provinces merged, departments reorganised, districts abolished
# National documents from 2021 to mid-2026; plans follow them within half a year, so none is dated after 2026.
FIRST_DAY, LAST_PARENT_DAY = date(2021, 1, 1), date(2026, 6, 30)
DRAFT_SHARE = 0.05
NO_SIGNER_SHARE = 0.04
NO_FUNDING_SHARE = 0.05
EARLIER_SHARE = 0.3
# Layouts real copies come in, each drawn for a share of the plans (independently): how the extractor fares on each is
# reported apart. "table-header": the two header columns flattened with rules and cell bars; "caps-title": the title in
# capitals over two lines; "date-wrapped": the date line broken after "ngày"; "number-space": "Số: 163 /KH-UBND";
# "bare-day": "ngày 5 tháng 3"; "entry-sentence": "2. Sở Y tế chủ trì thực hiện các nhiệm vụ sau:"; "no-type-line": no
# "KẾ HOẠCH" line, the title right after the date; "page-numbers": a PDF's page numbers left between the lines;
# "no-date-line": the place and date line lost (the document has no date then).
LAYOUT_SHARES = {"table-header": 0.12, "caps-title": 0.1, "date-wrapped": 0.08, "number-space": 0.1, "bare-day": 0.2,
                 "entry-sentence": 0.15, "no-type-line": 0.05, "page-numbers": 0.08, "no-date-line": 0.02}


def rng(seed: int, *keys: object) -> random.Random:
    """A generator of its own for one thing drawn: independent of what else was drawn before."""
    return random.Random(":".join(map(str, (seed, *keys))))


@dataclass(frozen=True)
class NationalDoc:
    kind: str  # "decision" | "government" | "party" | "law" | "curated"
    type_code: str  # "QĐ", "NQ", "LUAT"
    number: str  # "1234/QĐ-TTg", "57-NQ/TW", "45/2024/QH15"
    date: date
    issuer: str  # "Thủ tướng Chính phủ"
    title: str
    topic: int  # index into vocab.TOPICS
    based_on: tuple[str, ...] = ()  # numbers

    @property
    def kind_name(self) -> str:
        return {"QĐ": "Quyết định", "NQ": "Nghị quyết", "LUAT": "Luật"}[self.type_code]

    def citation(self) -> str:
        """ "Quyết định số 1234/QĐ-TTg ngày 05/3/2024 của Thủ tướng Chính phủ" """
        return f"{self.kind_name} số {self.number} ngày {self.date.day:02d}/{self.date.month}/{self.date.year} của {self.issuer}"


def _title(rnd: random.Random, templates: tuple[str, ...], subject: str, year: int) -> str:
    horizon = rnd.choice((2030, 2030, 2035)) if year >= 2024 else 2030
    return rnd.choice(templates).format(subject=subject, horizon=horizon, start=year, vision=horizon + 15)


def national_documents(seed: int, parents: int, curated: list[NationalDoc],
                       taken: frozenset[str] = frozenset()) -> tuple[list[NationalDoc], list[NationalDoc]]:
    """The national parents (``parents`` of them, the curated ones first) and the laws they rest on, by date.

    No number drawn is one of ``taken`` (the reference data's) or drawn twice, so a number names one document.
    Party resolutions are numbered from 100, above the numbers a Central Committee term reaches.
    """
    laws = []
    for index, name in enumerate(vocab.LAW_NAMES):
        rnd = rng(seed, "law", index)
        year = 2017 + index  # one law a year, so that plans of every year have laws older than themselves
        term = "QH14" if year < 2021 else "QH15"
        laws.append(NationalDoc("law", "LUAT", f"{rnd.randint(10, 99)}/{year}/{term}", _day(rnd, year), "Quốc hội", name,
                                index % len(vocab.TOPICS)))
    laws = [law for law in _unique(laws) if law.number not in taken]
    documents = list(curated[:parents])
    used_numbers = set(taken) | {doc.number for doc in documents} | {law.number for law in laws}
    index = 0
    while len(documents) < parents:
        rnd = rng(seed, "national", index)
        index += 1
        topic = rnd.randrange(len(vocab.TOPICS))
        subject = vocab.TOPICS[topic].subject
        day = FIRST_DAY + timedelta(days=rnd.randrange((LAST_PARENT_DAY - FIRST_DAY).days))
        year = day.year
        roll = rnd.random()
        if roll < 0.15:
            number = f"{rnd.randint(100, 199)}-NQ/TW"
            doc = NationalDoc("party", "NQ", number, day, "Bộ Chính trị", _title(rnd, vocab.PARTY_TITLES, subject, year), topic)
        elif roll < 0.4:
            number = f"{rnd.randint(10, 260)}/NQ-CP"
            doc = NationalDoc("government", "NQ", number, day, "Chính phủ", _title(rnd, vocab.GOVERNMENT_TITLES, subject, year), topic,
                              (rnd.choice(laws).number,))
        else:
            number = f"{_serial(rnd, day)}/QĐ-TTg"
            doc = NationalDoc("decision", "QĐ", number, day, "Thủ tướng Chính phủ", _title(rnd, vocab.DECISION_TITLES, subject, year),
                              topic, (rnd.choice(laws).number,))
        if number in used_numbers:
            continue
        used_numbers.add(number)
        documents.append(doc)
    return sorted(documents, key=lambda doc: (doc.date, doc.number)), laws


def _day(rnd: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rnd.randrange(360))


def _serial(rnd: random.Random, day: date) -> int:
    """A serial that grows through the year, as a registry's does."""
    return day.timetuple().tm_yday * 6 + rnd.randrange(6) + 1


def _unique(documents: list[NationalDoc]) -> list[NationalDoc]:
    seen, kept = set(), []
    for doc in documents:
        if doc.number not in seen:
            seen.add(doc.number)
            kept.append(doc)
    return kept


@dataclass(frozen=True)
class Issuer:
    """Who issues a plan: a province (before or after the mergers) or a ministry."""

    name: str  # "Lào Cai", "Bộ Y tế"
    full_name: str  # "Tỉnh Lào Cai"
    new_unit: str | None  # the province it is (or became part of) after 1 July 2025; None for a ministry
    code: str  # number code: "UBND" or "BYT"

    @property
    def is_ministry(self) -> bool:
        return self.new_unit is None

    @property
    def kind_word(self) -> str:
        """ "tỉnh" or "thành phố" """
        return self.full_name.split(" ")[0].lower() if self.full_name.startswith("Tỉnh") else "thành phố"


@dataclass(frozen=True)
class PlanSpec:
    index: int
    issuer: Issuer
    parent: NationalDoc
    date: date
    number: int
    draft: bool
    laws: tuple[NationalDoc, ...]
    earlier: tuple[int, date] | None = None  # (number, date) of an earlier plan of the same issuer that this one cites


def province_issuer(unit: NewUnit, day: date, rnd: random.Random) -> Issuer:
    """Who issued a plan of ``unit``'s territory on ``day``: the unit, or before the mergers one of its old parts, drawn."""
    if day >= MERGER_DAY or unit.unchanged:
        return Issuer(unit.name, unit.full_name, unit.name, "UBND")
    part = rnd.choice(unit.parts)
    return Issuer(part.name, part.full_name, unit.name, "UBND")


def plan_specs(seed: int, parents: list[NationalDoc], laws: list[NationalDoc], plans: int, full_coverage: bool) -> list[PlanSpec]:
    """``plans`` plans under the parents in turn: each parent's provinces (all, or a drawn share) and maybe a ministry."""
    drafted: list[tuple[Issuer, NationalDoc, date, bool]] = []
    for parent in parents:
        rnd = rng(seed, "coverage", parent.number)
        coverage = 1.0 if full_coverage else rnd.uniform(0.6, 1.0)
        for unit in province_table():
            if rnd.random() <= coverage:
                day = parent.date + timedelta(days=rnd.randint(20, 160))
                drafted.append((province_issuer(unit, day, rnd), parent, day, rnd.random() < DRAFT_SHARE))
        if rnd.random() < 0.4:
            name, code = rnd.choice(vocab.MINISTRIES)
            drafted.append((Issuer(name, name, None, code), parent, parent.date + timedelta(days=rnd.randint(15, 90)), False))
        if len(drafted) >= plans:
            break
    drafted = drafted[:plans]
    numbers = _numbers(seed, [(issuer, day) for issuer, _, day, _ in drafted])
    specs = []
    for index, ((issuer, parent, day, draft), number) in enumerate(zip(drafted, numbers)):
        rnd = rng(seed, "laws", index)
        older = [law for law in laws if law.date < day]
        chosen = tuple(rnd.sample(older, min(rnd.randint(1, 2), len(older))))
        specs.append(PlanSpec(index, issuer, parent, day, number, draft, chosen))
    return _cite_earlier(seed, specs)


def _cite_earlier(seed: int, specs: list[PlanSpec]) -> list[PlanSpec]:
    """A share of plans cite the issuer's previous issued plan ("Căn cứ Kế hoạch số 12/KH-UBND ..."): local lineage."""
    previous: dict[str, PlanSpec] = {}
    cited = list(specs)
    for spec in sorted(specs, key=lambda spec: (spec.issuer.name, spec.date, spec.index)):
        before = previous.get(spec.issuer.name)
        if before is not None and before.date < spec.date and rng(seed, "earlier", spec.index).random() < EARLIER_SHARE:
            cited[spec.index] = replace(spec, earlier=(before.number, before.date))
        if not spec.draft:
            previous[spec.issuer.name] = spec
    return cited


def _numbers(seed: int, plans: list[tuple[Issuer, date]]) -> list[int]:
    """Each issuer numbers its plans through the year in date order, with gaps for its other documents."""
    order = sorted(range(len(plans)), key=lambda i: (plans[i][0].name, plans[i][1], i))
    numbers = [0] * len(plans)
    last: dict[tuple[str, int], int] = {}
    for i in order:
        issuer, day = plans[i]
        key = (issuer.name, day.year)
        rnd = rng(seed, "number", issuer.name, day.isoformat(), i)
        current = last.get(key, rnd.randint(1, 40))
        numbers[i] = current + rnd.randint(3, 40)
        last[key] = numbers[i]
    return numbers


# -- the text of one plan ------------------------------------------------------------------------------------------


@dataclass
class Intent:
    """What the extractor should read from a plan's text."""

    file: str
    number: str | None
    date: str | None
    issuer: str
    province: str | None
    parent: str
    status: str
    new_unit: str | None
    layouts: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)  # laws the preamble cites by name
    signer: str | None = None
    earlier: str | None = None  # the number of the earlier plan it cites
    counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def person(rnd: random.Random) -> str:
    return f"{rnd.choice(vocab.FAMILY_NAMES)} {rnd.choice(vocab.MIDDLE_NAMES)} {rnd.choice(vocab.GIVEN_NAMES)}"


def plan_file_name(spec: PlanSpec) -> str:
    return f"{spec.index:06d}-{slug(spec.issuer.name)}-{spec.date.year}.txt"


class PlanWriter:
    """Writes one plan's text line by line, counting what it writes."""

    def __init__(self, seed: int, spec: PlanSpec):
        self.spec = spec
        self.rnd = rng(seed, "plan", spec.index)
        drawn = rng(seed, "layout", spec.index)
        self.layouts = [name for name, share in LAYOUT_SHARES.items() if drawn.random() < share]
        self.lines: list[str] = []
        self.counts = {"objectives": 0, "tasks": 0, "entries": 0, "duties": 0, "reporting": 0}
        self.signer: str | None = None
        topic = vocab.TOPICS[spec.parent.topic]
        self.topic = topic
        before = spec.date < MERGER_DAY
        self.lead = topic.lead_before if before else topic.lead_after
        self.departments = vocab.DEPARTMENTS_BEFORE if before else vocab.DEPARTMENTS_AFTER
        self.local_units = vocab.LOCAL_UNITS_BEFORE if before else vocab.LOCAL_UNITS_AFTER
        issuer = spec.issuer
        self.unit = issuer.name if issuer.is_ministry else f"{issuer.kind_word} {issuer.name}"  # "tỉnh Lào Cai"
        self.body = issuer.name if issuer.is_ministry else f"Ủy ban nhân dân {self.unit}"
        self.fill = {"subject": topic.subject, "unit": self.unit, "product": topic.product, "actor": topic.actor,
                     "parent_kind": f"{spec.parent.kind_name} số {spec.parent.number}", "lead": self.lead, "name": issuer.name,
                     "unit_lower": issuer.kind_word, "scope": "của Bộ" if issuer.is_ministry else "của địa phương",
                     "peers": "bộ, ngành" if issuer.is_ministry else "địa phương trong vùng"}

    def say(self, *lines: str) -> None:
        self.lines.extend(lines)

    def text(self) -> str:
        self.header()
        self.preamble()
        self.purposes()
        self.objectives()
        self.tasks()
        if self.rnd.random() >= NO_FUNDING_SHARE:
            self.funding()
        self.organisation()
        self.closing()
        if "page-numbers" in self.layouts:
            self.number_pages()
        return "\n".join(self.lines) + "\n"

    def number_pages(self) -> None:
        """A page number alone on a line every 45 lines or so, as text taken from a PDF keeps them."""
        lines, page = [], 1
        for number, line in enumerate(self.lines, start=1):
            lines.append(line)
            if number % 45 == 0:
                page += 1
                lines.extend(["", str(page), ""])
        self.lines = lines

    def header(self) -> None:
        spec, issuer = self.spec, self.spec.issuer
        table = "table-header" in self.layouts
        body = [issuer.name.upper()] if issuer.is_ministry else ["ỦY BAN NHÂN DÂN", issuer.full_name.upper()]
        self.say(*body, *(["-------", "|"] if table else [""]))
        self.say("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", *(["---------------", "|"] if table else [""]))
        if spec.draft:
            self.say("DỰ THẢO", "")
        serial = "" if spec.draft else str(spec.number)
        space = " " if "number-space" in self.layouts and serial else ""
        self.say(f"Số: {serial}{space}/KH-{issuer.code}", "|" if table else "")
        place = "Hà Nội" if issuer.is_ministry else issuer.name
        if issuer.full_name == "Thành phố Hồ Chí Minh":
            place = "Thành phố Hồ Chí Minh"
        day = "" if spec.draft else (f"{spec.date.day} " if "bare-day" in self.layouts else f"{spec.date.day:02d} ")
        rest = f"{day}tháng {spec.date.month} năm {spec.date.year}"
        if "no-date-line" in self.layouts:
            pass
        elif "date-wrapped" in self.layouts:
            self.say(f"{place}, ngày", rest)
        else:
            self.say(f"{place}, ngày {rest}")
        self.say(*(["|"] if table else []), "", *([] if "no-type-line" in self.layouts else ["KẾ HOẠCH", ""]))
        parent = spec.parent
        where = "" if issuer.is_ministry else f" trên địa bàn {self.unit}"
        if self.rnd.random() < 0.5:
            title = (f"Thực hiện {parent.kind_name} số {parent.number} ngày {parent.date.day:02d}/{parent.date.month}/{parent.date.year} "
                     f"của {parent.issuer}{where}")
        else:
            title = f"Triển khai thực hiện {parent.kind_name} số {parent.number} của {parent.issuer} {_lower_first(parent.title)}{where}"
        if "caps-title" in self.layouts:
            words = title.upper().split(" ")
            self.say(" ".join(words[:len(words) // 2]), " ".join(words[len(words) // 2:]), "")
        else:
            self.say(title, "")

    def preamble(self) -> None:
        for law in self.spec.laws:
            self.say(f"Căn cứ {law.title} ngày {law.date.day:02d} tháng {law.date.month:02d} năm {law.date.year};")
        parent = self.spec.parent
        self.say(f"Căn cứ {parent.citation()} {_lower_first(parent.title)};")
        issuer = self.spec.issuer
        if self.spec.earlier:
            number, day = self.spec.earlier
            self.say(f"Căn cứ Kế hoạch số {number}/KH-{issuer.code} ngày {day.day:02d}/{day.month}/{day.year} của {self.body};")
        whom = issuer.name if issuer.is_ministry else self.body
        self.say(f"{whom} ban hành Kế hoạch thực hiện như sau:", "")

    def purposes(self) -> None:
        self.say("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích")
        for sentence in self.rnd.sample(vocab.PURPOSES, 2):
            self.say("- " + sentence.format(**self.fill))
        self.say("2. Yêu cầu")
        for sentence in self.rnd.sample(vocab.REQUIREMENTS, 2):
            self.say("- " + sentence.format(**self.fill))
        self.say("")

    def objectives(self) -> None:
        general = vocab.GENERAL_OBJECTIVES if not self.spec.issuer.is_ministry else (vocab.MINISTRY_GENERAL_OBJECTIVE,)
        self.say("II. MỤC TIÊU", "1. Mục tiêu chung", self.rnd.choice(general).format(**self.fill), "2. Mục tiêu cụ thể")
        self.counts["objectives"] = 1
        horizon = max(self.spec.date.year + 2, 2027)
        for template in self.rnd.sample(vocab.TARGET_SENTENCES, self.rnd.randint(2, 4)):
            sentence = template.format(year=horizon, count=self.rnd.choice((10, 20, 30, 50, 100, 200, 500)),
                                       percent=self.rnd.choice((5, 10, 50, 70, 80, 90, 100)), **self.fill)
            self.say("- " + sentence)
            self.counts["objectives"] += 1
        self.say("")

    def tasks(self) -> None:
        self.say("III. NHIỆM VỤ, GIẢI PHÁP")
        for number, group in enumerate(self.rnd.sample(vocab.TASK_GROUPS, self.rnd.randint(3, 6)), start=1):
            self.say(f"{number}. {group}")
            for task in self.rnd.sample(vocab.TASKS, self.rnd.randint(2, 4)):
                self.say("- " + task.format(**self.fill))
                self.counts["tasks"] += 1
        self.say("")

    def funding(self) -> None:
        self.say("IV. KINH PHÍ THỰC HIỆN")
        for number, sentence in enumerate(vocab.FUNDING, start=1):
            self.say(f"{number}. {sentence}")
        self.say("")

    def entry(self, number: int, agency: str, duties: list[str]) -> None:
        if "entry-sentence" in self.layouts and agency.startswith("Sở ") and len(duties) > 1:
            self.say(f"{number}. {agency} chủ trì thực hiện các nhiệm vụ sau:")
        else:
            self.say(f"{number}. {agency}")
        self.say(*("- " + duty for duty in duties))
        self.counts["entries"] += 1
        self.counts["duties"] += len(duties)

    def organisation(self) -> None:
        self.say("V. TỔ CHỨC THỰC HIỆN")
        if self.spec.issuer.is_ministry:
            self.ministry_entries()
            return
        report_day, report_month = self.rnd.choice((5, 10, 15)), self.rnd.choice((6, 11, 12))
        fill = dict(self.fill, day=report_day, month=report_month)
        lead_duties = [duty.format(**fill) for duty in self.rnd.sample(vocab.LEAD_DUTIES, 2)]
        lead_duties.append(f"Tổng hợp kết quả thực hiện, định kỳ báo cáo {self.body} trước ngày {report_day + 5:02d} "
                           f"tháng {report_month} hằng năm.")
        number = 1
        self.entry(number, self.lead, lead_duties)
        partners = [name for name in self.departments if name != self.lead]
        for agency in self.rnd.sample(partners, self.rnd.randint(3, 7)):
            number += 1
            self.entry(number, agency, self.partner_duties(agency))
        police = f"Công an {self.unit}"
        if self.rnd.random() < 0.6:
            number += 1
            self.entry(number, police, [vocab.POLICE_DUTY.format(**fill)])
        number += 1
        self.entry(number, self.local_units, [vocab.LOCAL_DUTY.format(**fill)])
        self.counts["reporting"] = 2  # the lead department's to the committee, the local units' to the lead
        if self.rnd.random() < 0.5:
            number += 1
            body = self.rnd.choice(vocab.REQUESTED_BODIES).format(**fill)
            self.entry(number, f"Đề nghị {body}", [vocab.REQUESTED_DUTY.format(**fill)])
        self.say("", vocab.CLOSING.format(**self.fill))

    def partner_duties(self, agency: str) -> list[str]:
        if agency == vocab.TAI_CHINH:
            return [vocab.FINANCE_DUTY.format(**self.fill)]
        if agency == vocab.NOI_VU:
            return [vocab.INTERIOR_DUTY.format(**self.fill)]
        duties = []
        for task in self.rnd.sample(vocab.TASKS, self.rnd.randint(1, 3)):
            template = self.rnd.choice(vocab.PARTNER_DUTIES)
            duties.append(template.format(lead=self.lead, task=_lower_first(task.format(**self.fill))))
        return duties

    def ministry_entries(self) -> None:
        for number, unit in enumerate(self.rnd.sample(vocab.MINISTRY_UNITS, self.rnd.randint(3, 5)), start=1):
            tasks = self.rnd.sample(vocab.TASKS, self.rnd.randint(1, 2))
            self.entry(number, unit, ["Chủ trì " + _lower_first(task.format(**self.fill)) for task in tasks])
        self.entry(number + 1, "Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc trung ương",
                   ["Phối hợp triển khai các nhiệm vụ của Kế hoạch tại địa phương."])

    def closing(self) -> None:
        issuer = self.spec.issuer
        self.say("", "Nơi nhận:")
        if issuer.is_ministry:
            self.say("- Thủ tướng Chính phủ (để b/c);", "- Các Thứ trưởng;", "- Các đơn vị thuộc Bộ;", "- Lưu: VT.", "")
            self.say("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
        else:
            party = "Tỉnh ủy" if issuer.kind_word == "tỉnh" else "Thành ủy"
            self.say(f"- {self.spec.parent.issuer};", f"- TT {party}, TT HĐND {issuer.kind_word};", "- Chủ tịch, các PCT UBND;",
                     "- Các sở, ban, ngành;", "- Lưu: VT.", "")
            self.say("TM. ỦY BAN NHÂN DÂN")
            if self.rnd.random() < 0.7:
                self.say("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
            else:
                self.say("CHỦ TỊCH")
        self.signer = person(self.rnd) if self.rnd.random() >= NO_SIGNER_SHARE else None
        if self.signer:
            self.say("", "", self.signer)

    def intent(self) -> Intent:
        spec, issuer = self.spec, self.spec.issuer
        return Intent(file=plan_file_name(spec), number=None if spec.draft else f"{spec.number}/KH-{issuer.code}",
                      date=None if spec.draft or "no-date-line" in self.layouts else spec.date.isoformat(),
                      issuer=issuer.name if issuer.is_ministry else self.body,
                      province=None if issuer.is_ministry else issuer.name, parent=spec.parent.number,
                      status="draft" if spec.draft else "issued", new_unit=issuer.new_unit, layouts=list(self.layouts),
                      laws=[law.title for law in spec.laws], signer=self.signer,
                      earlier=f"{spec.earlier[0]}/KH-{issuer.code}" if spec.earlier else None, counts=dict(self.counts))


def _lower_first(text: str) -> str:
    """ "Phê duyệt ..." -> "phê duyệt ..." (a title after "Quyết định số ... của ... "). """
    return text[:1].lower() + text[1:]


def plan_text(seed: int, spec: PlanSpec) -> tuple[str, Intent]:
    writer = PlanWriter(seed, spec)
    text = writer.text()
    return text, writer.intent()
