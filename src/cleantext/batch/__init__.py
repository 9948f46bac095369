"""Batch machinery behind the command line: inputs, worker processes, outputs, progress.

Nothing here decides what a page's text is: every extraction rule lives in `extract()`. The
library core never imports this package (tests/test_layering.py checks it).
"""
