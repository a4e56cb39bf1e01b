"""Titles of persons and descriptions that refer back to people and pairs of states."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pipeline.data import data_path

__all__ = ["RoleVocabulary", "load_roles"]


@dataclass(frozen=True)
class RoleVocabulary:
    titles: tuple[tuple[str, ...], ...]  # lower-cased word sequences, longest first
    person_nouns: frozenset[str]
    pair_phrases: frozenset[str]
    body_nouns: frozenset[str]
    agent_nouns: frozenset[str]

    def title_ending_at(self, words: list[str], end: int, lowered: list[str] | None = None) -> tuple[int, str] | None:
        """The longest title whose last word is words[end - 1], as (start index, title)."""
        lowered = lowered or [w.lower() for w in words]
        for title in self.titles:
            start = end - len(title)
            if start >= 0 and tuple(lowered[start:end]) == title:
                return start, " ".join(words[start:end])
        return None

    def title_starting_at(self, words: list[str], start: int, lowered: list[str] | None = None) -> tuple[int, str] | None:
        lowered = lowered or [w.lower() for w in words]
        for title in self.titles:
            end = start + len(title)
            if tuple(lowered[start:end]) == title:
                return end, " ".join(words[start:end])
        return None


def load_roles(path: Path | None = None) -> RoleVocabulary:
    raw = tomllib.loads((path or data_path("roles.toml")).read_text(encoding="utf-8"))
    titles = sorted({tuple(t.lower().split()) for t in raw["titles"]}, key=len, reverse=True)
    return RoleVocabulary(
        tuple(titles), frozenset(raw["person_nouns"]), frozenset(raw["pair_phrases"]),
        frozenset(raw["body_nouns"]), frozenset(raw["agent_nouns"]),
    )
