"""atheris fuzz target: extract() on arbitrary bytes, str and charset labels.

Run by hand (see fuzz/README.md); any exception or broken invariant is a crash.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import regex

    from cleantext import extract
    from cleantext.pipeline import MAX_TITLE_CHARS

LABELS = (None, "utf-8", "windows-1252", "shift_jis", "utf-16le", "gbk", "utf8mb4", "utf-7")
"""Charsets the fuzzer may claim the HTTP header sent, including unknown and unsafe labels."""
UNWANTED = regex.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""What no output field may contain (the same set as `_text.strip_unwanted`)."""


def test_one_input(data: bytes) -> None:
    """Run one input; on failure save it as `crash-<sha1>` in the working directory first
    (this libFuzzer build lacks the sanitizer death callback, so it writes no artifact for a
    Python exception)."""
    try:
        check(data)
    except BaseException:
        Path(f"crash-{hashlib.sha1(data).hexdigest()}").write_bytes(data)
        raise


def check(data: bytes) -> None:
    """Feed the input as bytes or (decoded) str; check the output invariants."""
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    label = LABELS[fdp.ConsumeIntInRange(0, len(LABELS) - 1)]
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    page: bytes | str = rest if mode < 2 else rest.decode("utf-8", "surrogateescape")
    result = extract(page, encoding=label if mode == 1 else None)
    fields = (result.title, result.body, result.author, result.description, result.site_name)
    fields += (result.url, result.image, result.language, *result.sources.values())
    for value in fields + result.authors + result.tags + result.categories:
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate
            if UNWANTED.search(value):
                raise AssertionError(f"unwanted character in output: {value!r:.200}")
    if result.title is not None and len(result.title) > MAX_TITLE_CHARS:
        raise AssertionError("title longer than MAX_TITLE_CHARS")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
