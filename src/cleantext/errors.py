"""Exceptions raised by cleantext.

Ugly pages never raise: an empty, binary, undecodable or hostile page gives an `Extraction`
with an empty body and the reason in `sources["body"]` (docs/limits.md). Exceptions are for
misuse, so a caller can tell "my call was wrong" from "this page has no article".

    CleantextError
    ├── InvalidInputError(CleantextError, TypeError)    extract() given neither bytes nor str,
    │                                                    or a url, encoding, options of another type
    └── InvalidOptionsError(CleantextError, ValueError) an option or threshold out of range
"""

from __future__ import annotations


class CleantextError(Exception):
    """Base class of every exception cleantext raises on purpose."""


class InvalidInputError(CleantextError, TypeError):
    """The page is neither `bytes` nor `str` (e.g. an lxml tree or a response object), `url`
    or `encoding` is not a `str` (e.g. bytes), or `options` is not an `ExtractOptions`."""


class InvalidOptionsError(CleantextError, ValueError):
    """An option value is outside the range it documents."""
