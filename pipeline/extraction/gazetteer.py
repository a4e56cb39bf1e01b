"""The gazetteer: names, adjectives, capitals and aliases of states and organisations."""

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from pipeline.data import data_path
from pipeline.extraction.accents import folded
from pipeline.models import ActorKind

__all__ = ["Gazetteer", "Referent", "load_gazetteer"]

Tokenize = Callable[[str], list[str]]
ByFirstWord = dict[str, list[tuple[tuple[str, ...], str]]]  # place names by their first word
PLAIN_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@dataclass(frozen=True)
class Referent:
    """What a surface form refers to: a state (country set) or an organisation (code set)."""

    kind: ActorKind
    name: str
    country: str | None = None
    code: str | None = None
    is_capital: bool = False


class Gazetteer:
    """Looks up token sequences; surface forms are kept as the tokenizer splits them."""

    def __init__(self, forms: dict[tuple[str, ...], Referent], ambiguous: dict[str, list[str]] | None = None,
                 venues: dict[tuple[str, ...], str] | None = None,
                 regions: dict[tuple[str, ...], str] | None = None) -> None:
        self.forms = forms
        self.venues = venues or {}  # cities that host talks and never stand for their state: ("Geneva",) -> "CHE"
        self.venues_by_first = _by_first_word(self.venues)
        self.regions = regions or {}  # places inside a state that never act for it: ("Rakhine",) -> "MMR"
        self.regions_by_first = _by_first_word(self.regions)
        self.ambiguous = ambiguous or {}  # "Congo": the states a bare name may mean
        self.longest = max((len(f) for f in forms), default=1)
        lengths: dict[str, set[int]] = {}
        for form in forms:
            lengths.setdefault(form[0], set()).add(len(form))
        self.lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}  # longest first
        self.state_names = {r.country: r.name for r in forms.values() if r.country and not r.is_capital}

    def match_at(self, words: list[str], start: int) -> tuple[int, Referent] | None:
        """The longest form starting at `start`, as (length, referent); written with accents the forms lack
        ("Bogotá", "Brasília") too."""
        first = words[start]
        if first.isascii() and first not in self.lengths:
            return None  # (most words: no form starts with them, with accents or without)
        window = words[start:start + self.longest]
        unaccented = None if all(w.isascii() for w in window) else [folded(w) for w in window]
        lengths = set(self.lengths.get(first, ())) | (set(self.lengths.get(unaccented[0], ())) if unaccented else set())
        for length in sorted((n for n in lengths if n <= len(window)), reverse=True):  # the longest, as written or not
            referent = self.forms.get(tuple(window[:length]))
            if referent is None and unaccented is not None:
                referent = self.forms.get(tuple(unaccented[:length]))
            if referent is not None:
                return length, referent
        return None

    def venues_at(self, words: list[str]) -> dict[int, tuple[int, int, str]]:
        """Where venue cities are named: each of their tokens -> (start, end, state)."""
        return _named_at(self.venues_by_first, words)

    def regions_at(self, words: list[str]) -> dict[int, tuple[int, int, str]]:
        """Where regions are named: each of their tokens -> (start, end, state)."""
        return _named_at(self.regions_by_first, words)

    def lookup(self, words: Iterable[str]) -> Referent | None:
        form = tuple(words)
        found = self.forms.get(form)
        return found if found is not None or all(w.isascii() for w in form) else self.forms.get(
            tuple(folded(w) for w in form))



def load_gazetteer(tokenize: Tokenize, path: Path | None = None) -> Gazetteer:
    raw = json.loads((path or data_path("gazetteer.json")).read_text(encoding="utf-8"))
    forms: dict[tuple[str, ...], Referent] = {}

    def add(surface: str, referent: Referent) -> None:
        key = tuple(tokenize(surface))
        if key and key not in forms:
            forms[key] = referent

    for org in raw["organisations"]:
        referent = Referent(ActorKind.ORGANISATION, org["names"][0], code=org["code"])
        for surface in [*org["names"], *org.get("adjectives", [])]:
            add(surface, referent)
    for state in raw["states"]:
        referent = Referent(ActorKind.STATE, state["name"], country=state["iso3"])
        for surface in [state["name"], *state["aliases"]]:
            add(surface, referent)
        capital = Referent(ActorKind.STATE, state["name"], country=state["iso3"], is_capital=True)
        for surface in state["capitals"]:
            add(surface, capital)
    for name in raw.get("world_regions", []):  # "Central American" is no American: it names no state
        forms[tuple(tokenize(name))] = Referent(ActorKind.STATE, name)
    venues = {tuple(tokenize(v)): state["iso3"] for state in raw["states"] for v in state.get("venues", [])}
    regions = {key: state["iso3"] for state in raw["states"] for r in state.get("regions", [])
               if (key := _words_of(r, tokenize)) and key not in forms and tuple(folded(w) for w in key) not in forms}
    # (a region named like a state or capital is that state: "Asunción" is Paraguay's capital, "México" Mexico)
    return Gazetteer(forms, raw.get("ambiguous", {}), venues, regions)


def _words_of(name: str, tokenize: Tokenize) -> tuple[str, ...]:
    """A name's tokens; words of letters alone split at spaces as the tokenizer would, and faster
    (thousands of region names are read at every start)."""
    return tuple(name.split()) if PLAIN_WORDS.fullmatch(name) else tuple(tokenize(name))


def _by_first_word(places: dict[tuple[str, ...], str]) -> ByFirstWord:
    """Place names by their first word, the longest first."""
    by_first: ByFirstWord = {}
    for form, country in sorted(places.items(), key=lambda item: -len(item[0])):
        by_first.setdefault(form[0], []).append((form, country))
    return by_first


def _named_at(by_first: ByFirstWord, words: list[str]) -> dict[int, tuple[int, int, str]]:
    """Where the places of `by_first` are named: each of their tokens -> (start, end, state), the
    longest name first."""
    found: dict[int, tuple[int, int, str]] = {}
    for i, word in enumerate(words):
        if i in found:
            continue
        for form, country in by_first.get(word, ()):
            if tuple(words[i:i + len(form)]) == form:
                found.update((k, (i, i + len(form), country)) for k in range(i, i + len(form)))
                break
    return found
