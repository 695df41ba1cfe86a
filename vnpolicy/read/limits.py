"""How large an input file may be, by format, checked before a byte of it is read.

A plan is rarely over 2 MB as text or Word, and a scan of one rarely over 20 MB;
the limits leave room for the largest real ones and refuse, at once and with
the file named, what would otherwise take minutes and gigabytes to extract
(a 50 MB text took over ten minutes and 7 GB). The same limits hold for the
command line (``ingest``, ``ingest --check``, ``validate``, ``build``) and the
app's Validate page, whose uploader is capped at the largest of them.
"""

from __future__ import annotations

from pathlib import Path

from vnpolicy.errors import InputError

MB = 1024 * 1024
TEXT_LIMIT = 5 * MB  # plain text and Turtle: a plan is well under 2 MB
PAGE_LIMIT = 10 * MB  # a saved web page carries its markup, several times its text
DOCUMENT_LIMIT = 20 * MB  # Word, PDF and scanned images
SIZE_LIMITS = {
    ".txt": TEXT_LIMIT, ".ttl": TEXT_LIMIT,
    ".html": PAGE_LIMIT, ".htm": PAGE_LIMIT,
    ".docx": DOCUMENT_LIMIT, ".pdf": DOCUMENT_LIMIT,
    ".png": DOCUMENT_LIMIT, ".jpg": DOCUMENT_LIMIT, ".jpeg": DOCUMENT_LIMIT, ".tif": DOCUMENT_LIMIT, ".tiff": DOCUMENT_LIMIT,
}
LARGEST_LIMIT = max(SIZE_LIMITS.values())


def size_limit(path: Path | str) -> int:
    """The largest size accepted for ``path``'s format (the largest of all for a suffix not listed)."""
    return SIZE_LIMITS.get(Path(path).suffix.lower(), LARGEST_LIMIT)


def megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB" if size % MB else f"{size // MB} MB"


def check_size(path: Path | str, size: int, error: type[InputError] = InputError) -> None:
    """Raise ``error`` (an ``InputError``) naming ``path`` if ``size`` bytes is more than its format allows."""
    limit = size_limit(path)
    if size > limit:
        suffix = Path(path).suffix.lower() or "this"
        raise error(f"the file is {megabytes(size)}, more than the {megabytes(limit)} a {suffix} file may be "
                         "(plans are rarely over 2 MB); split it or check that it is the right file", file=path)


def check_file_size(path: Path | str, error: type[InputError] = InputError) -> None:
    """``check_size`` on the file on disk, before it is read (a file that cannot be stat'ed is left to the reader)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return
    check_size(path, size, error)
