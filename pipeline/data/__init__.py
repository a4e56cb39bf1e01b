"""Knowledge the code loads: trigger words, gazetteer, titles, CAMEO codes, alert rules."""

from importlib import resources
from pathlib import Path

__all__ = ["data_path"]


def data_path(name: str) -> Path:
    return Path(str(resources.files("pipeline.data").joinpath(name)))
