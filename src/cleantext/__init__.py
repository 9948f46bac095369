"""cleantext: the clean headline, publication date, body and metadata of raw web pages.

>>> from cleantext import extract
>>> result = extract(b"<html><body><h1>Title</h1><p>Some text.</p></body></html>")
"""

from __future__ import annotations

import logging

from .errors import CleantextError as CleantextError
from .errors import InvalidInputError as InvalidInputError
from .errors import InvalidOptionsError as InvalidOptionsError
from .heuristics.thresholds import Thresholds as Thresholds
from .options import DateSearch as DateSearch
from .options import ExtractOptions as ExtractOptions
from .options import Favor as Favor
from .pipeline import extract as extract
from .result import Block as Block
from .result import BlockKind as BlockKind
from .result import Extraction as Extraction
from .result import Label as Label

__version__ = "0.1.0"
__all__ = [
    "Block",
    "BlockKind",
    "CleantextError",
    "DateSearch",
    "ExtractOptions",
    "Extraction",
    "Favor",
    "InvalidInputError",
    "InvalidOptionsError",
    "Label",
    "Thresholds",
    "__version__",
    "extract",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
