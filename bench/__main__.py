"""Run every benchmark: python -m bench (or make bench)."""

import importlib

from bench import store_engines

OPTIONAL_BENCHMARKS = ["bench.validation"]

store_engines.main([])
for module_name in OPTIONAL_BENCHMARKS:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        print(f"({module_name} is not there yet)")
        continue
    print()
    module.main([])
