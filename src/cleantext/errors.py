"""Exceptions raised by cleantext.

Ugly pages never raise: an empty, binary, undecodable or hostile page gives an `Extraction`
with an empty body and the reason in `sources["body"]` (docs/limits.md). Exceptions are for
misuse, so a caller can tell "my call was wrong" from "this page has no article".

    CleantextError
    ├── InvalidInputError(CleantextError, TypeError)    extract() given neither bytes nor str,
    │                                                    or a url, encoding, options of another type
    └── InvalidOptionsError(CleantextError, ValueError) an option or threshold out of range

Running out of memory (a process under `RLIMIT_AS`, the CLI's `--max-memory`) raises
`MemoryError`. The C libraries underneath do not always say so: `out_of_memory` tells their
failed allocations from their other failures, so that the stage that meets one can raise
`MemoryError` instead.
"""

from __future__ import annotations

import zlib

from lxml import etree

ZLIB_MEMORY_ERROR = "Error -4 "
"""How a `zlib.error` begins when zlib could not allocate (`Z_MEM_ERROR` is -4; the message
goes on `while decompressing data`). CPython raises MemoryError only when the decompression
object cannot be created; zlib allocates its 32 KB window later, inside `decompress`. Corrupt
data is `Error -3` (`Z_DATA_ERROR`), a cut stream `Error -5`: neither is this."""
LIBXML2_MEMORY_ERRORS = frozenset(
    {int(etree.ErrorTypes.ERR_NO_MEMORY), int(etree.ErrorTypes.XPATH_MEMORY_ERROR)}
)
"""libxml2's error codes for a failed allocation. lxml turns one met while evaluating an XPath
into `XPathEvalError: unknown error` (libxml2 could not allocate the message either), the
code kept in the exception's `error_log`."""


def libxml2_out_of_memory(log: etree._ListErrorLog | None) -> bool:
    """Whether an lxml error log (a parser's, or an lxml exception's) records a failed
    allocation."""
    return log is not None and any(entry.type in LIBXML2_MEMORY_ERRORS for entry in log)


def out_of_memory(error: BaseException) -> bool:
    """Whether the exception is a failed allocation: MemoryError, zlib's `Error -4`, or an lxml
    error whose log records one (`LIBXML2_MEMORY_ERRORS`)."""
    if isinstance(error, MemoryError):
        return True
    if isinstance(error, zlib.error):
        return str(error).startswith(ZLIB_MEMORY_ERROR)
    return isinstance(error, etree.LxmlError) and libxml2_out_of_memory(error.error_log)


class CleantextError(Exception):
    """Base class of every exception cleantext raises on purpose."""


class InvalidInputError(CleantextError, TypeError):
    """The page is neither `bytes` nor `str` (e.g. an lxml tree or a response object), `url`
    or `encoding` is not a `str` (e.g. bytes), or `options` is not an `ExtractOptions`."""


class InvalidOptionsError(CleantextError, ValueError):
    """An option value is outside the range it documents."""
