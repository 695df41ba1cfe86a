"""A validation report rendered: text for people, JSON for programs, Turtle for the standard SHACL report."""

from __future__ import annotations

import json

from rdflib import URIRef
from rdflib.term import Identifier

from vnpolicy.validate.report import Severity, ValidationReport, ValidationResult, filtered_report, short


def text_report(report: ValidationReport, threshold: Severity = Severity.INFO, lang: str | None = None,
                base: str | None = None) -> str:
    """A report for people: results grouped by document, then by node, each with its file and line."""
    lang = lang or report.lang
    results = report.at_or_above(threshold)
    lines = [summary_line(results, lang)]
    for document, by_node in group_results(results).items():
        heading = short(document, base) if document is not None else ("(nút khác)" if lang == "vi" else "(other nodes)")
        lines.append("")
        lines.append(("Văn bản " if lang == "vi" else "Document ") + heading)
        for node, node_results in by_node.items():
            lines.append(f"  {short(node, base)}")
            for result in node_results:
                lines.extend(result_lines(result, lang, base))
    return "\n".join(lines)


def summary_line(results: list[ValidationResult], lang: str) -> str:
    counts = {severity: sum(1 for r in results if r.severity is severity) for severity in reversed(Severity)}
    if not results:
        return "Hợp lệ: không có kết quả nào." if lang == "vi" else "Conforms: no results."
    parts = ", ".join(f"{count} {severity.label(lang).lower()}" for severity, count in counts.items() if count)
    return ("Kết quả kiểm tra: " if lang == "vi" else "Validation results: ") + parts


def group_results(results: list[ValidationResult]) -> dict[URIRef | None, dict[Identifier, list[ValidationResult]]]:
    grouped: dict = {}
    ordered = sorted(results, key=lambda r: (r.location.document is None, str(r.location.document or ""),
                                             r.location.line or 0, str(r.focus_node), -r.severity))
    for result in ordered:
        grouped.setdefault(result.location.document, {}).setdefault(result.focus_node, []).append(result)
    return grouped


def result_lines(result: ValidationResult, lang: str, base: str | None) -> list[str]:
    where = result.location.source_file or "-"
    if result.location.line is not None:
        where += f":{result.location.line}"
    lines = [f"    {result.severity.label(lang)}  {where}  {result.message(lang)}"]
    detail = [f"{'thuộc tính' if lang == 'vi' else 'property'} {result.path}"] if result.path else []
    if result.value is not None and result.value != result.focus_node:
        detail.append(f"{'giá trị' if lang == 'vi' else 'value'} {short(result.value, base)}")
    detail.append(f"{short(result.source_shape)} / {short(result.component)}")
    lines.append("        (" + "; ".join(detail) + ")")
    return lines


def json_report(report: ValidationReport, threshold: Severity = Severity.INFO, lang: str | None = None) -> str:
    lang = lang or report.lang
    results = report.at_or_above(threshold)
    return json.dumps({
        "conforms": not results,
        "counts": {severity.name.lower(): sum(1 for r in results if r.severity is severity) for severity in Severity},
        "results": [result_as_dict(result, lang) for result in results],
    }, ensure_ascii=False, indent=2)


def result_as_dict(result: ValidationResult, lang: str) -> dict:
    return {
        "severity": result.severity.name.lower(),
        "focusNode": str(result.focus_node),
        "document": str(result.location.document) if result.location.document else None,
        "sourceFile": result.location.source_file,
        "line": result.location.line,
        "message": result.message(lang),
        "path": result.path,
        "value": str(result.value) if result.value is not None else None,
        "sourceShape": str(result.source_shape),
        "sourceConstraintComponent": str(result.component),
    }


def turtle_report(report: ValidationReport, threshold: Severity = Severity.INFO) -> str:
    """The standard SHACL validation report, with only the results at or above ``threshold``."""
    return filtered_report(report, threshold).serialize(format="turtle")
