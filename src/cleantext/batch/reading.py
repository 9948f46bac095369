"""Reading one page's bytes without ever blocking or exhausting memory.

A batch over a folder meets FIFOs, devices, dangling or looping symlinks and giant files; each
is refused with a message instead of hanging the run or filling the worker's memory.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib

from ..errors import out_of_memory

GZIP_MAGIC = b"\x1f\x8b"
READ_CHUNK = 1 << 20
"""Bytes per read() call: large enough to be fast, small enough to stop right past the cap."""
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
"""Non-blocking: a file swapped for a FIFO between the check and the open cannot block us."""


class PageRefused(Exception):
    """A page that will not be read; the message says why, for the person running the batch."""


def _too_large(size: int, max_bytes: int, what: str) -> PageRefused:
    return PageRefused(
        f"{what} is larger than the size cap ({size:,} > {max_bytes:,} bytes; see --max-size)"
    )


def open_regular(path: str) -> int:
    """A read-only descriptor of a regular file; anything else raises PageRefused.

    Checked before opening (opening some devices has effects) and again on the open file,
    which is opened non-blocking: a file swapped for a FIFO in between cannot block us.
    """
    try:
        kind = os.stat(path).st_mode
        if not stat.S_ISREG(kind):
            raise PageRefused(f"cannot read: not a regular file ({_kind_name(kind)})")
        fd = os.open(path, OPEN_FLAGS)
    except OSError as error:
        raise PageRefused(f"cannot read: {error.strerror or error}") from error
    kind = os.fstat(fd).st_mode
    if not stat.S_ISREG(kind):
        os.close(fd)
        raise PageRefused(f"cannot read: not a regular file ({_kind_name(kind)})")
    return fd


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; anything else raises PageRefused."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes, "file")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise PageRefused(f"cannot read: {error.strerror or error}") from error
    finally:
        os.close(fd)
    if size > max_bytes:
        raise _too_large(size, max_bytes, "file")
    return b"".join(chunks)


def unpack(data: bytes, max_bytes: int) -> bytes:
    """The page within the size cap; gunzipped if gzipped (saved pages are often `.html.gz`),
    refusing a gzip bomb."""
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes, "page")
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            page = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as error:
        if out_of_memory(error):  # the worker's memory cap, not the file
            raise MemoryError(f"zlib ran out of memory decompressing the page ({error})") from error
        raise PageRefused(f"cannot read: not a valid gzip file ({error})") from error
    if len(page) > max_bytes:
        raise _too_large(len(page), max_bytes, "decompressed page")
    return page


def _kind_name(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"
