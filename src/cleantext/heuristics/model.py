"""The block scorer's weights: two logistic models, learned from the dev corpus, shipped as JSON.

Stage 1 scores a block from its own features; stage 2 adds its context (neighbours' stage-1
scores, the main-content region, its list or table). `training/train_model.py` writes
`model.json`; it is read here with the standard library only.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

MAX_LOGIT = 30.0
"""exp() guard: beyond this a probability is 0 or 1 to double precision anyway."""


@dataclass(frozen=True, slots=True)
class LinearModel:
    """score = sigmoid(bias + sum(weight[f] * feature f)); unknown features weigh nothing."""

    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)

    def logit(self, features: Mapping[str, float], names: Iterable[str] | None = None) -> float:
        """The weighted sum before the sigmoid, held within +-MAX_LOGIT. `names`: only these
        of the features are read, in this order (for a model that weighs no other: the sum is
        the same, bit for bit, when they come in the order `features` holds them); None: all."""
        # A plain loop, not sum() over a generator: it runs twice for every block. It also adds
        # the terms the same way on every Python (sum() compensates float rounding from 3.12).
        weights = self.weights
        weighted = 0.0
        if names is None:
            for name, value in features.items():
                weighted += weights.get(name, 0.0) * value
        else:
            for name in names:
                if name in features:
                    weighted += weights.get(name, 0.0) * features[name]
        total = self.bias + weighted
        # What max(-MAX_LOGIT, min(MAX_LOGIT, total)) gives, written out: on CPython 3.11 min()
        # and max() parse keyword arguments on every call, eight times a comparison's cost.
        capped = total if total < MAX_LOGIT else MAX_LOGIT
        return capped if capped > -MAX_LOGIT else -MAX_LOGIT

    def score(self, features: Mapping[str, float], names: Iterable[str] | None = None) -> float:
        """The content likelihood in (0, 1); `names` as for `logit`."""
        return 1.0 / (1.0 + math.exp(-self.logit(features, names)))


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Both stages and the content threshold they were tuned with."""

    stage1: LinearModel
    stage2: LinearModel
    threshold: float = 0.5
    about: str = ""
    """Provenance: what it was trained on, when, and with which command."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BlockModel:
        """A model from the shape of `model.json` (what `to_dict` writes)."""
        return cls(
            LinearModel(float(data["stage1"]["bias"]), dict(data["stage1"]["weights"])),
            LinearModel(float(data["stage2"]["bias"]), dict(data["stage2"]["weights"])),
            float(data.get("threshold", 0.5)),
            str(data.get("about", "")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The shape of `model.json`, as the training script writes it."""
        return {
            "about": self.about,
            "threshold": self.threshold,
            "stage1": {"bias": self.stage1.bias, "weights": dict(self.stage1.weights)},
            "stage2": {"bias": self.stage2.bias, "weights": dict(self.stage2.weights)},
        }


@functools.cache
def default_model() -> BlockModel:
    """The shipped model (heuristics/model.json)."""
    text = (resources.files(__package__) / "model.json").read_text("utf-8")
    return BlockModel.from_dict(json.loads(text))
