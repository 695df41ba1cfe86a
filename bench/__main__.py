"""Run every benchmark: python -m bench (or make bench)."""

from bench import damaged_headers, extraction, formats, store_engines, validation

extraction.main([])
print()
damaged_headers.main([])
print()
store_engines.main([])
print()
validation.main([])
print()
formats.main(["--quick"])  # scans read 3 times: Tesseract takes seconds a page
