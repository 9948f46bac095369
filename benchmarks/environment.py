"""Where and with what the figures were measured, so a reader can tell whether two runs compare."""

from __future__ import annotations

import datetime
import os
import platform
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from benchmarks.peers import PEERS

CPUINFO = Path("/proc/cpuinfo")
CPU_MODEL_KEY = "model name"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    python: str
    platform: str


def cpu_model() -> str:
    """The CPU's marketing name on Linux, else whatever the platform module knows."""
    if CPUINFO.is_file():
        for line in CPUINFO.read_text(errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == CPU_MODEL_KEY:
                return value.strip()
    return platform.processor() or UNKNOWN


def machine() -> Machine:
    return Machine(
        cpu=cpu_model(),
        cores=os.cpu_count() or 0,
        python=platform.python_version(),
        platform=platform.platform(terse=True),
    )


def today() -> str:
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


def peer_versions(names: Iterable[str]) -> dict[str, str]:
    """Installed version of each peer's distribution, without importing it."""
    versions = {}
    for name in names:
        try:
            versions[name] = version(PEERS[name].distribution)
        except PackageNotFoundError:
            versions[name] = UNKNOWN
    return versions
