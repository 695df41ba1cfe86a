"""Is this text another copy of a document we already have?

Two plans that implement the same national strategy share much wording (their
task lists copy the strategy), so a bag-of-words measure scores them almost
like two copies of one plan (token-set ratio: 001 vs 002 = 0.88, 001 vs OCR
copy 003 = 0.90). What differs is the *order*: a copy follows the same text from
start to end, a sibling plan rearranges and rewrites it. The measure is
therefore the normalised Indel similarity (``rapidfuzz.fuzz.ratio``) of the two
whole texts after ``fold()``: folding removes the diacritics OCR loses and
squashes the line wrapping; the alignment tolerates OCR letter slips.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from vnpolicy.extract.quality import looks_like_ocr
from vnpolicy.textnorm import fold

__all__ = ["SAME_DOCUMENT_THRESHOLD", "looks_like_ocr", "same_document", "text_similarity"]

# Chosen on the seeds: the OCR copy scores 0.93 against its clean original; any
# two different plans score at most 0.61 (001 vs 002, siblings implementing the
# same strategy). 0.80 sits in the gap, leaving room for noisier scans on one
# side and closer siblings on the other.
SAME_DOCUMENT_THRESHOLD = 0.80


def text_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two texts' content, ignoring diacritics, case and layout."""
    folded_a, folded_b = fold(a), fold(b)
    if not folded_a and not folded_b:
        return 1.0
    return fuzz.ratio(folded_a, folded_b) / 100.0


def same_document(a: str, b: str) -> bool:
    return text_similarity(a, b) >= SAME_DOCUMENT_THRESHOLD
