"""Canonical actors: one stable id for a person or organisation however an article spells it."""

import re
import unicodedata

from pipeline.models import Actor, ActorKind, ExtractedEvent

__all__ = ["canonical_actor_id", "name_skeleton", "with_actor_ids"]

# transliteration variants folded together: "Araghchi"/"Araqchi", "Zelensky"/"Zelenskiy"
_FOLDS = [("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("q", "g"), ("ph", "f"), ("ck", "k"),
          ("c", "k"), ("y", "i"), ("w", "v"), ("dh", "d"), ("th", "t")]
_TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sheikh", "sir", "president", "minister", "king", "prince"}
# lowercase words inside names: "Mohammed bin Salman", "Ursula von der Leyen", "el-Sisi"
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "da", "de", "di", "do", "dos", "van", "von", "der", "den", "la", "le",
              "du", "y"}
# what separates the words of a name: "J.D. Vance", "el-Sisi", "Vance, J.D."
_NAME_SEPARATORS = re.compile(r"[\s\-.,]+")
_NOT_NAME_WORDS = _TITLE_WORDS | _PARTICLES


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def name_skeleton(word: str) -> str:
    """A spelling-insensitive key: folded letters, no doubled letters, vowels after the first dropped.

    >>> name_skeleton("Araghchi") == name_skeleton("Araqchi")
    True
    >>> name_skeleton("Zelensky") == name_skeleton("Zelenskyy") == name_skeleton("Zelenskiy")
    True
    """
    text = re.sub(r"[^a-z]", "", _ascii(word))
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text[:1] + re.sub(r"[aeiou]", "", text[1:]) if text else ""


def canonical_actor_id(actor: Actor) -> str | None:
    """person:IRN:a.rgch for "Abbas Araghchi", state:IRN, org:OIC; names only where nothing else is known.

    None for a person named by an office alone ("the President", "Qatari official", "Iran's foreign
    minister"): it names whoever held the office, and one id would lump every holder together in the
    actor registry."""
    if actor.kind is ActorKind.STATE and actor.country:
        return f"state:{actor.country}"
    if actor.kind is ActorKind.ORGANISATION and actor.code:
        return f"org:{actor.code}"
    if actor.kind is ActorKind.PERSON and _an_office_alone(actor.name):
        return None
    words = [w for w in _NAME_SEPARATORS.split(_ascii(actor.name)) if w and w not in _NOT_NAME_WORDS]
    if not words:
        return None
    initial = words[0][:1] if len(words) > 1 else ""
    return f"{actor.kind.value}:{actor.country or actor.code or '-'}:{initial}.{name_skeleton(words[-1])}"


def _an_office_alone(name: str) -> bool:
    """"British prime minister", "Iran's foreign minister": an office described in lowercase words,
    with one capitalised word at most (the state's), none of them a name."""
    words = [w for w in _NAME_SEPARATORS.split(name) if w]
    described = any(w.islower() and w not in _PARTICLES for w in words)
    names = [w for w in words if w[:1].isupper() and not w.endswith(("'s", "\u2019s"))
             and _ascii(w) not in _TITLE_WORDS]
    return described and len(names) <= 1


def with_actor_ids(event: ExtractedEvent) -> ExtractedEvent:
    def identify(actors: list[Actor]) -> list[Actor]:
        return [a.model_copy(update={"actor_id": canonical_actor_id(a)}) for a in actors]
    return event.model_copy(update={"source": identify(event.source), "target": identify(event.target)})
