"""Run every benchmark: python -m bench (or make bench)."""

from bench import store_engines, validation

store_engines.main([])
print()
validation.main([])
