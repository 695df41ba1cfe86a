"""Agency names as the text writes them: entry headings, partners after "phối hợp với",
and whether a name stands for many bodies ("UBND các huyện, thành phố")."""

from __future__ import annotations

import re

from vnpolicy.extract.model import AgencyMention
from vnpolicy.textnorm import compile_marked_or_not, fold

REQUEST = compile_marked_or_not(r"^Đề nghị\s+", re.IGNORECASE)
# "Giao Bộ Khoa học và Công nghệ: ..." (an entry of a decision): the issuer gives the work, the agency follows.
# "Trách nhiệm của Sở Tài chính:", "Nhiệm vụ của các bộ, ngành": the entry's agency follows.
DUTY_OF = compile_marked_or_not(r"^(?:Trách nhiệm|Nhiệm vụ)\s+của\s+(?=\S)", re.IGNORECASE)
GIVE = compile_marked_or_not(r"^Giao\s+(?=(?:Bộ|Sở|Ủy ban|UBND|Cục|Vụ|Văn phòng|Ban|Công an|Các|các)\s)")
# The verbs a duty printed after the agency's name and a dash opens on ("1. Công an tỉnh - Chỉ đạo lực lượng ..."): a
# capitalised verb tells it from a name printed with a dash ("Sở Lao động - Thương binh và Xã hội").
DUTY_AFTER_A_DASH = (r"(?:Chỉ đạo|Tham mưu|Xây dựng|Tổ chức|Nâng cao|Mở|Kiểm tra|Đẩy mạnh|Chuẩn bị|Báo cáo|Phải|Thực hiện"
                     r"|Tăng cường|Tiếp tục|Siết chặt|Triển khai|Phối hợp|Chủ trì|Tuyên truyền|Hướng dẫn|Rà soát|Bố trí"
                     r"|Bảo đảm|Đảm bảo)\b")
# Where an entry heading stops naming the agency and starts saying what it does.
AGENCY_END = compile_marked_or_not(
    r"\s*:\s*|,?\s+(?=(?:có trách nhiệm|chịu trách nhiệm|[Cc]hủ trì|phối hợp|thực hiện|tham mưu|theo dõi|căn cứ"
    rf"|là cơ quan)\b)|\s+[-–]\s+(?={DUTY_AFTER_A_DASH})"
)
# "phối hợp với X", "phối hợp cùng X", "phối hợp X": X runs up to the verb that follows it.
PARTNERS_LEAD = compile_marked_or_not(r"\bphối hợp\s+(?:với|cùng)?\s*", re.IGNORECASE)
PARTNERS_END = compile_marked_or_not(
    r"\s+(?:tham mưu|theo dõi|trong|đề xuất|triển khai|tiếp tục|nghiên cứu|hướng dẫn|xây dựng|tổ chức thực hiện"
    r"|tổ chức triển khai|thực hiện|trình|xác định|lồng ghép|để|nhằm|cung cấp|kiểm tra|rà soát|tham gia|bố trí"
    r"|đào tạo|khi|theo|về|phổ biến|tuyên truyền|đánh giá|giải quyết|xử lý|chia sẻ|cập nhật|hỗ trợ|giám sát|vận động"
    r"|thống kê|tổng hợp|báo cáo|chỉ đạo|điều tra|thẩm định|huy động|bảo đảm|đảm bảo|tăng cường|nâng cao|tập huấn)\b"
    # "tổ chức" the verb ("... Phòng Quản lý đô thị tổ chức trồng cây"), not the noun ("các cơ quan, tổ chức liên quan",
    # "các tổ chức khoa học và công nghệ")
    r"|(?<!\bcác)(?<!\bcac)(?<!những)(?<!nhung)(?<!,)\s+tổ chức"
    r"(?=\s+(?!(?:chính trị|xã hội|đoàn thể|liên quan|có liên quan|thành viên|tín dụng|kinh tế|cá nhân|quốc tế"
    r"|phi chính phủ|hội|và|của|trên|trong|khác)\b)[^\W\d_A-ZĐ])"
    r"|[;.():]|$"
)
HEAD_NOUNS = r"(?:Sở|Bộ|Ban|Cục|Chi cục|Ủy ban|UBND|Công an|Đài|Báo|Hội|Trường|Viện|Văn phòng|Kho bạc|Ngân hàng)"
# Between two agencies of one list: "Sở Tài chính và các cơ quan liên quan",
# "các Sở, ban, ngành, UBND các huyện"; "Khoa học và Công nghệ" is not split.
PARTNER_SPLIT = compile_marked_or_not(rf",?\s+và\s+(?=các\s|{HEAD_NOUNS}\s)|,\s*(?=các\s|UBND\s|Ủy ban\s|{HEAD_NOUNS}\s+[A-ZĐ])")
_UNIT_KINDS = r"(?:sở|bộ|ban|ngành|quận|huyện|thị xã|phường|xã|thị trấn|thành phố|địa phương|đơn vị|cơ quan)"
COLLECTIVE = compile_marked_or_not(rf"\bcác\b|^{_UNIT_KINDS}\s*,|\b{_UNIT_KINDS}\s*,\s*{_UNIT_KINDS}\b|\bliên quan\b", re.IGNORECASE)


# Headings that name work, not a body ("Các nhiệm vụ khác:"). A blacklist rather than a
# list of agency words: OCR garbles agency names ("S& Noi vu") and they must still count.
_NAMES_WORK = re.compile(r"^(?:cac\s+)?(?:nhiem vu|noi dung|cong viec|giai phap|hoat dong|kinh phi|muc tieu)\b")


# An item under the organising section that opens as a sentence or on the work itself, not on a body: "Trong quá trình
# triển khai, ...", "Căn cứ Kế hoạch này, các sở ...", "Trên cơ sở ...", "Để ...", "Xây dựng Nghị quyết ...", "Tổ chức
# tuyên truyền ...", "Tăng cường lãnh đạo ..." (folded). It is a statement of how the work is organised, no entry.
OPENS_A_STATEMENT = re.compile(
    r"^(?:trong (?:qua trinh|truong hop|thoi gian)|can cu|tren co so|de (?!nghi\b)|dinh ky|hang (?:nam|quy|thang)"
    r"|(?:xay dung|to chuc|trien khai|tuyen truyen|kiem soat|thanh lap|phan cong|theo doi|tham gia|tong hop|tong ket"
    r"|tiep nhan|tiep cong dan|chuan bi|thuc hien|tang cuong|siet chat|ra soat|bao dam|dam bao|chan chinh|chi dao"
    r"|gan trach nhiem|tham muu|nghien cuu|ban hanh)\b)")


def opens_a_statement(heading: str) -> bool:
    """Whether an item of the organising section opens as a sentence or on the work, not on the body it assigns."""
    return bool(OPENS_A_STATEMENT.match(fold(heading).lstrip()))


def names_an_agency(name: str) -> bool:
    """False for a heading such as "Các nhiệm vụ khác", which names work, not a body."""
    return not _NAMES_WORK.match(fold(name))


def names_a_body(heading: str) -> bool:
    """Whether a heading names an agency: a capitalised word after its first ("Trách nhiệm của Sở Tài chính")
    or a collective ("Trách nhiệm của các bộ, ngành"); "Phân công trách nhiệm" names none."""
    rest = heading.split()[1:]
    return any(word[0].isupper() for word in rest) or is_collective(" ".join(rest))


def is_collective(name: str) -> bool:
    """A name that stands for many bodies: "các ...", a list of kinds ("Sở, ban, ngành"), "... liên quan"."""
    return bool(COLLECTIVE.search(name))


def mention(name: str) -> AgencyMention:
    return AgencyMention(name, is_collective(name))


# Verbs an entry's sentence may start its duty with, when none of AGENCY_END's comes first ("Sở Tài chính bố trí
# kinh phí ..."). Words that also stand in lower case inside bodies' names ("Ban Quản lý dự án đầu tư xây dựng", "Các
# viện nghiên cứu", "Hội đồng thẩm định", "Đoàn kiểm tra") are left out.
DUTY_VERB = compile_marked_or_not(
    r",?\s+(?=(?:bố trí|cân đối|hướng dẫn|đôn đốc|phân bổ|tham gia|rà soát|bảo đảm|đảm bảo|tiếp tục|cung cấp|lồng ghép"
    r"|tập trung|phổ biến|tăng cường|đẩy mạnh|chỉ đạo|cử (?:cán bộ|công chức|đại diện|lãnh đạo|thành viên))\b)"
)
# A name is at least a head noun and what it names ("Sở Tài chính"); a shorter run before such a verb is no name.
MIN_NAME_WORDS = 2


def _duty_verb(heading: str) -> re.Match | None:
    verb = DUTY_VERB.search(heading)
    return verb if verb and len(heading[: verb.start()].split()) >= MIN_NAME_WORDS else None


def split_entry_heading(heading: str) -> tuple[str, bool, str | None]:
    """An entry heading -> (agency name, requested?, the rest of the heading).

    "Sở Giáo dục và Đào tạo chủ trì thực hiện các nhiệm vụ:" -> ("Sở Giáo dục và Đào tạo", False, "chủ trì ...")
    "Đề nghị Đoàn Thanh niên ..." -> ("Đoàn Thanh niên ...", True, None)
    """
    requested = bool(REQUEST.match(heading))
    heading = DUTY_OF.sub("", GIVE.sub("", REQUEST.sub("", heading)))
    end = min(filter(None, (AGENCY_END.search(heading), _duty_verb(heading))), key=lambda match: match.start(), default=None)
    if not end or end.start() == 0:
        return heading.strip(), requested, None
    rest = heading[end.end() :].strip()
    return heading[: end.start()].strip(), requested, rest or None


def partners(text: str) -> list[AgencyMention]:
    """Agencies named after "phối hợp (với)" in a duty: they support its lead."""
    found: list[AgencyMention] = []
    for lead in PARTNERS_LEAD.finditer(text):
        end = PARTNERS_END.search(text, lead.end())
        span = text[lead.end() : end.start()].strip(" ,")
        if not span or not (span[0].isupper() or span.startswith("các ")):
            continue  # "phối hợp triển khai ...": no partner named
        for name in PARTNER_SPLIT.split(span):
            name = name.strip(" ,")
            if name and all(existing.name != name for existing in found):
                found.append(mention(name))
    return found
