"""A signature cut after "KT. CHỦ TỊCH" (the copy ends, or the annexed plan follows at once): the deputy's position
and name were lost. Validation says the signer is missing; it does not say the head signed as his own deputy."""

from __future__ import annotations

from pathlib import Path

from vnpolicy.ingest.entry import check_entry, read_entry
from vnpolicy.namespaces import VNP
from vnpolicy.validate.report import Severity

COVER_WITH_BODY = Path(__file__).parent / "data" / "layouts" / "27_cover_with_body_binh_dinh.txt"
SIGNED = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nPhan Văn Sáu\n"


def test_a_signature_cut_after_kt_is_reported_as_missing_its_signer_only(seed_store, tmp_path):
    text = COVER_WITH_BODY.read_text(encoding="utf-8")
    assert SIGNED in text
    upload = tmp_path / "cut-signature.txt"
    upload.write_text(text.replace(SIGNED, "KT. CHỦ TỊCH\n"), encoding="utf-8")
    entry = read_entry(upload, seed_store)
    report = check_entry(entry, seed_store)
    shapes = {str(result.source_shape).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for result in report.at_or_above(Severity.VIOLATION)}
    assert "Signature-signedBy" in shapes
    assert "DeputySignsShape" not in shapes
    signature = next(entry.graph.subjects(VNP.forHead, None))
    assert not list(entry.graph.objects(signature, VNP.position))
