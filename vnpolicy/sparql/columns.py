"""Column headings of a query's result in the reader's language, from the query's header or the usual names.

A query may name its columns in its header, one line per column, in the
``# key: value`` style of the canned queries::

    # column: daysAfter | Số ngày sau văn bản cấp trên | Days after the parent

A custom query can do the same. A column without such a line takes the label
of its variable name from ``COLUMN_WORDS`` (the names the canned queries use),
else its name split into words (``legalBasis`` -> "legal basis").
"""

from __future__ import annotations

import re

_COLUMN_LINE = re.compile(r"^#\s*column\s*:\s*(.+)$", re.MULTILINE)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|_")

# The variables of the canned queries, as their readers say them.
COLUMN_WORDS: dict[str, tuple[str, str]] = {
    "agency": ("Cơ quan", "Agency"),
    "agencies": ("Số cơ quan", "Agencies"),
    "agencyType": ("Loại cơ quan", "Agency type"),
    "ancestor": ("Văn bản cấp trên", "Document above"),
    "citationText": ("Câu chữ dẫn chiếu", "Citation text"),
    "cited": ("Văn bản được dẫn chiếu", "Cited document"),
    "citedNumber": ("Số văn bản được dẫn chiếu", "Cited number"),
    "citedPart": ("Phần được dẫn chiếu", "Cited part"),
    "citedTitle": ("Tên văn bản được dẫn chiếu", "Cited title"),
    "citing": ("Văn bản dẫn chiếu", "Citing document"),
    "date": ("Ngày ban hành", "Date issued"),
    "dateAsWritten": ("Ngày như ghi trong văn bản", "Date as written"),
    "day": ("Ngày", "Day"),
    "daysAfter": ("Số ngày sau văn bản cấp trên", "Days after the parent"),
    "deadline": ("Hạn", "Deadline"),
    "directive": ("Hình thức", "Directive"),
    "distance": ("Số bậc", "Steps up"),
    "document": ("Văn bản", "Document"),
    "documents": ("Số văn bản", "Documents"),
    "duties": ("Số nhiệm vụ được giao", "Duties"),
    "duty": ("Nhiệm vụ được giao", "Duty"),
    "firstLine": ("Dòng đầu", "First line"),
    "fundingSource": ("Nguồn kinh phí", "Funding source"),
    "group": ("Nhóm nhiệm vụ", "Task group"),
    "groupNumber": ("Số nhóm", "Group number"),
    "gsoCode": ("Mã GSO", "GSO code"),
    "holder": ("Cơ quan giữ nhiệm vụ hôm nay", "Holder today"),
    "kind": ("Loại", "Kind"),
    "lastLine": ("Dòng cuối", "Last line"),
    "lead": ("Chủ trì", "Lead"),
    "legalBasis": ("Căn cứ pháp lý", "Legal basis"),
    "licence": ("Giấy phép", "Licence"),
    "maxValue": ("Giá trị tối đa", "Maximum"),
    "minValue": ("Giá trị tối thiểu", "Minimum"),
    "missing": ("Còn thiếu", "Missing"),
    "modified": ("Cập nhật lần cuối", "Last modified"),
    "noDate": ("Thiếu ngày", "No date"),
    "noNumber": ("Thiếu số", "No number"),
    "noParent": ("Thiếu văn bản cấp trên", "No parent"),
    "noSigner": ("Thiếu người ký", "No signer"),
    "number": ("Số, ký hiệu", "Number"),
    "numberAsWritten": ("Số như ghi trong văn bản", "Number as written"),
    "order": ("Thứ tự", "Order"),
    "parentDate": ("Ngày văn bản cấp trên", "Parent's date"),
    "part": ("Phần", "Part"),
    "place": ("Địa danh", "Place"),
    "plan": ("Kế hoạch", "Plan"),
    "plans": ("Số kế hoạch", "Plans"),
    "position": ("Chức vụ", "Position"),
    "province": ("Tỉnh, thành phố", "Province"),
    "relation": ("Quan hệ", "Relation"),
    "relations": ("Quan hệ", "Relations"),
    "reporter": ("Đơn vị báo cáo", "Reporter"),
    "reportsTo": ("Báo cáo cho", "Reports to"),
    "role": ("Vai trò", "Role"),
    "signer": ("Người ký", "Signer"),
    "signingMode": ("Thẩm quyền ký", "Signing capacity"),
    "since": ("Từ ngày", "Since"),
    "status": ("Tình trạng", "Status"),
    "supporting": ("Phối hợp", "Supporting"),
    "target": ("Chỉ tiêu", "Target"),
    "task": ("Nhiệm vụ", "Task"),
    "taskNumber": ("Số nhiệm vụ", "Task number"),
    "tasks": ("Số nhiệm vụ", "Tasks"),
    "title": ("Tên văn bản", "Title"),
    "unit": ("Đơn vị", "Unit"),
    "year": ("Năm", "Year"),
}


def header_labels(text: str) -> dict[str, tuple[str, str]]:
    """The ``# column: name | vi | en`` lines of a query's header (a line with no labels is skipped)."""
    labels = {}
    for line in _COLUMN_LINE.findall(text):
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and all(parts):
            labels[parts[0].lstrip("?$")] = (parts[1], parts[2])
    return labels


def words_of(name: str) -> str:
    """A variable name as words: ``legalBasis`` -> "legal basis"."""
    words = _CAMEL.sub(" ", name).strip().lower()
    return words[:1].upper() + words[1:]


def column_labels(text: str, variables: list[str], lang: str) -> dict[str, str]:
    """Each variable's heading in ``lang``: the query's header first, then the usual names, then the name as words.

    Two variables given the same heading keep their names after it, so headings stay unique.
    """
    declared = header_labels(text)
    labels = {}
    for name in variables:
        pair = declared.get(name) or COLUMN_WORDS.get(name)
        labels[name] = (pair[0] if lang == "vi" else pair[1]) if pair else words_of(name)
    repeated = {label for label in labels.values() if list(labels.values()).count(label) > 1}
    return {name: f"{label} ({name})" if label in repeated else label for name, label in labels.items()}
