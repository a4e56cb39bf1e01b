"""The dated actor dictionary: persons in office, institutions and groups, by the words that name them."""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from pipeline.data import data_path
from pipeline.extraction.accents import folded
from pipeline.extraction.actor_files import ActorFileError, ActorRecord, read_actor_file
from pipeline.models import Actor, ActorKind

__all__ = ["ActorDictionary", "ActorFileError", "DictionaryEntry", "Tokenize", "load_actor_dictionary"]

Tokenize = Callable[[str], list[str]]


@dataclass(frozen=True)
class DictionaryEntry:
    """One meaning of a surface form: who (or what) it names, for which state or group, and when."""

    name: str
    kind: ActorKind
    country: str | None = None
    code: str | None = None
    role: str | None = None
    start: date | None = None
    end: date | None = None  # the last day, included

    def holds_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def holds_through(self, first: date, last: date) -> bool:
        """Held on every day from `first` to `last`, both included."""
        return self.holds_on(first) and self.holds_on(last)

    @property
    def side(self) -> tuple[str | None, str | None]:
        """What the entry stands for in an event: its state and its group."""
        return self.country, self.code

    def to_actor(self) -> Actor:
        return Actor(name=self.name, kind=self.kind, country=self.country, code=self.code, role=self.role)


class Meaning:
    """The entries of one record, made when first needed: most of the shipped records never are."""

    __slots__ = ("raw", "made")

    def __init__(self, raw: dict[str, Any] | None = None, made: list[DictionaryEntry] | None = None) -> None:
        self.raw = raw
        self.made = made

    @property
    def entries(self) -> list[DictionaryEntry]:
        if self.made is None:
            raw = self.raw or {}
            kind = ActorKind(raw["kind"])
            self.made = [DictionaryEntry(raw["name"], kind, o.get("country"), o.get("code"), o.get("role"),
                                         day(o.get("start")), day(o.get("end")))
                         for o in raw.get("offices") or [raw]]
        return self.made


class ActorDictionary:
    """Surface forms (token tuples, exactly as written) to the entries they may mean over time."""

    def __init__(self, forms: dict[tuple[str, ...], list[Meaning]], tokenize: Tokenize | None = None) -> None:
        self.forms = forms
        self.tokenize = tokenize
        lengths: dict[str, set[int]] = defaultdict(set)
        for form in forms:
            lengths[form[0]].add(len(form))
        self.lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}

    def __len__(self) -> int:
        return len(self.forms)

    def words_of(self, name: str) -> list[str]:
        """A name as the forms hold it, split by the tokenizer that made them: "Lee Jae-myung" -> Lee, Jae, -, myung."""
        return self.tokenize(name) if self.tokenize is not None else name.split()

    def match_at(self, words: list[str], start: int, on: date) -> tuple[int, DictionaryEntry] | None:
        """The longest form starting at `start` that means something on `on`, as (length, entry).

        A form that on that date may mean entries of different states or groups is ambiguous:
        None, without falling back to a shorter form. Of entries that agree, the first listed wins.
        """
        for length in self.lengths.get(words[start], ()):
            meanings = self.forms.get(tuple(words[start:start + length])) if start + length <= len(words) else None
            if meanings is not None:
                valid = [e for m in meanings for e in m.entries if e.holds_on(on)]
                if valid:
                    return (length, valid[0]) if len({e.side for e in valid}) == 1 else None
        return None

    def known_at(self, words: list[str], start: int) -> tuple[int, list[DictionaryEntry]] | None:
        """The longest form starting at `start` whatever the date, with every entry it may mean.

        A person known here but out of office on the article's date is a former official, who
        acts for no state: `match_at` gives None for them, and this tells them from strangers.
        """
        for length in self.lengths.get(words[start], ()):
            meanings = self.forms.get(tuple(words[start:start + length])) if start + length <= len(words) else None
            if meanings is not None:
                return length, [e for m in meanings for e in m.entries]
        return None

    def held_through(self, words: Iterable[str], first: date, last: date) -> DictionaryEntry | None:
        """The person all of `words` names if they held one side's office from `first` to `last`.

        "Obama's 2016 visit to China", read in 2018: a former president acted as one then. None when
        unknown, not a person, or when the office changed hands (or the form is ambiguous) in between."""
        people = [e for m in self.forms.get(tuple(words), ()) for e in m.entries if e.kind is ActorKind.PERSON]
        during = [e for e in people if (e.start is None or e.start <= last) and (e.end is None or e.end >= first)]
        if not during or len({e.side for e in during}) != 1:
            return None  # unknown, or offices of more than one side in the period
        day = first  # offices of one side back to back cover it together: Putin in 2008
        for entry in sorted(during, key=lambda e: e.start or date.min):
            if entry.holds_on(day):
                if entry.end is None or entry.end >= last:
                    return entry
                day = entry.end + timedelta(days=1)
        return None

    def lookup(self, words: Iterable[str], on: date) -> DictionaryEntry | None:
        """The entry the whole of `words` means on `on`, or None when unknown or ambiguous."""
        form = list(words)
        found = self.match_at(form, 0, on) if form else None
        return found[1] if found is not None and found[0] == len(form) else None


@lru_cache(maxsize=4096)
def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def surfaces_of(name: str, surfaces: Iterable[str]) -> list[str]:
    """The name, its other forms, their unaccented spellings, and all of these with typographic
    apostrophes ("Quai d’Orsay")."""
    written = [name, *surfaces]
    variants = [folded(s) for s in written if not s.isascii()]
    variants += [s.replace("'", "’") for s in [*written, *variants] if "'" in s]
    return written + variants if variants else written


def tokenize_words(tokenize: Tokenize, words: set[str]) -> dict[str, tuple[str, ...]]:
    """Words with more than letters in them ("Ki-moon", "U.S.") as tokens, from one call to
    `tokenize` whose tokens are dealt back by their text, since tokenizers split at spaces first;
    if that fails, each word is tokenized alone."""
    ordered = sorted(words)
    tokens = iter(tokenize(" ".join(ordered)))
    pieces: dict[str, tuple[str, ...]] = {}
    try:
        for word in ordered:
            piece = [next(tokens)]
            while len("".join(piece)) < len(word):
                piece.append(next(tokens))
            if "".join(piece) != word:
                raise ValueError(word)
            pieces[word] = tuple(piece)
    except (StopIteration, ValueError):
        return {word: tuple(tokenize(word)) for word in ordered}
    return pieces


Named = Iterable[tuple[list[str], Meaning]]


def index(named: Named, tokenize: Tokenize) -> dict[tuple[str, ...], list[Meaning]]:
    """Forms as tokens to their meanings. A word of letters alone is taken as one token."""
    forms: dict[tuple[str, ...], list[Meaning]] = defaultdict(list)
    later: list[tuple[list[str], Meaning]] = []
    for surfaces, meaning in named:
        for surface in surfaces:
            if surface.replace(" ", "").isalpha():
                forms[tuple(surface.split())].append(meaning)
            elif surface.strip():
                later.append((surface.split(), meaning))
    pieces = tokenize_words(tokenize, {word for words, _ in later for word in words if not word.isalpha()})
    for words, meaning in later:
        forms[tuple(t for word in words for t in pieces.get(word, (word,)))].append(meaning)
    return dict(forms)


def read_shipped_file(path: Path) -> Named:
    """The shipped file, read in one go and without validation (a test validates it as a user file)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return ((surfaces_of(raw["name"], raw.get("surfaces", ())), Meaning(raw))
            for raw in json.loads("[" + ",".join(lines) + "]"))


def own_records(records: list[ActorRecord]) -> Named:
    named = []
    for record in records:
        entries = [DictionaryEntry(record.name, record.kind, o.country, o.code, o.role, o.start, o.end)
                   for o in record.offices or [record]]
        named.append((surfaces_of(record.name, record.surfaces), Meaning(made=entries)))
    return named


def load_actor_dictionary(tokenize: Tokenize, extra_paths: Sequence[Path] = ()) -> ActorDictionary:
    """The shipped dictionary (`pipeline/data/actors.jsonl`) with the user's actor files over it.

    A form that a user file names means only what the user files say it means there; the shipped
    meanings of that form are dropped, so a user file can also correct the shipped data.
    Raises ActorFileError, with a one-line message, for a user file that cannot be read.
    """
    own = own_records([record for path in extra_paths for record in read_actor_file(Path(path))])
    forms = index(read_shipped_file(data_path("actors.jsonl")), tokenize)
    forms.update(index(own, tokenize))
    return ActorDictionary(forms, tokenize)
