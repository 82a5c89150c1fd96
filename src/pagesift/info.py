"""The model card of a model file."""

from __future__ import annotations

from .model import load_card


def info(model: str | None = None) -> dict:
    """Return the card of a model file (None: the default model), without unpickling it."""
    return load_card(model)
