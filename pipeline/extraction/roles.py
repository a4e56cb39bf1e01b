"""Titles of persons and descriptions that refer back to people and pairs of states."""

import tomllib
from dataclasses import dataclass
from functools import cached_property
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
    private_nouns: frozenset[str] = frozenset()  # people and things of a nationality that are not its state

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:  # longest first, as in `titles`
            index.setdefault(title[0], []).append(title)
        return index

    @cached_property
    def _by_last_word(self) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            index.setdefault(title[-1], []).append(title)
        return index

    def title_ending_at(self, words: list[str], end: int, lowered: list[str] | None = None) -> tuple[int, str] | None:
        """The longest title whose last word is words[end - 1], as (start index, title)."""
        if end < 1 or end > len(words):
            return None
        last = lowered[end - 1] if lowered is not None else words[end - 1].lower()
        for title in self._by_last_word.get(last, ()):
            start = end - len(title)
            if start >= 0 and tuple(w.lower() for w in words[start:end]) == title:
                return start, " ".join(words[start:end])
        return None

    def title_starting_at(self, words: list[str], start: int, lowered: list[str] | None = None) -> tuple[int, str] | None:
        """The longest title whose first word is words[start], as (end index, title)."""
        if start < 0 or start >= len(words):
            return None
        first = lowered[start] if lowered is not None else words[start].lower()
        for title in self._by_first_word.get(first, ()):
            end = start + len(title)
            if tuple(w.lower() for w in words[start:end]) == title:
                return end, " ".join(words[start:end])
        return None


def load_roles(path: Path | None = None) -> RoleVocabulary:
    raw = tomllib.loads((path or data_path("roles.toml")).read_text(encoding="utf-8"))
    titles = sorted({tuple(t.lower().split()) for t in raw["titles"]}, key=len, reverse=True)
    return RoleVocabulary(
        tuple(titles), frozenset(raw["person_nouns"]), frozenset(raw["pair_phrases"]),
        frozenset(raw["body_nouns"]), frozenset(raw["agent_nouns"]), frozenset(raw.get("private_nouns", [])),
    )
