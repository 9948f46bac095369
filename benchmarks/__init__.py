"""Evaluation harness: cleantext and its peers on the shared evaluation pages.

`python -m benchmarks` measures, `python -m benchmarks.inspect` shows one page in detail.
Peers come from the optional extra `bench`; the harness itself needs only cleantext's own
dependencies, so its smoke test runs in CI.
"""
