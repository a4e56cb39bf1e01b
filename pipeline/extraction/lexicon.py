"""The trigger lexicon: which verbs and nouns signal which event type, loaded from triggers.toml."""

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from pipeline.data import data_path
from pipeline.models import EventType

__all__ = ["TriggerEntry", "TriggerLexicon", "load_lexicon"]


@dataclass(frozen=True)
class TriggerEntry:
    event_type: EventType
    cameo: str
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    unless_objects: frozenset[str] = frozenset()
    complement: str | None = None  # a clause the verb must have: "xcomp" for "wants to …"
    support: frozenset[str] = frozenset()  # a noun's own support verbs, beside the common ones: "raised concerns"
    needs_target: bool = False  # an event only when it names another state or organisation as its target
    person_objects: bool = False  # a named person as its object counts as one of its objects: "received Sisi"
    official_subject: bool = False  # no event when a people does it: "Tunisians protested", "thousands protested"
    state_object: bool = False  # an event only when its object names a state or a body: "removed Turkey from"
    modifiers: frozenset[str] = frozenset()  # a noun's compound or adjective it needs: "export controls"


@dataclass
class TriggerLexicon:
    verbs: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    nouns: dict[str, TriggerEntry] = field(default_factory=dict)
    # senses of a noun that hold only with a preposition or modifier of theirs, tried before its plain sense:
    # "a call for talks" is an appeal, "export controls" a sanction
    qualified_nouns: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    support_verbs: frozenset[str] = frozenset()
    meeting_support_verbs: frozenset[str] = frozenset()
    scene_preps: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    denying_predicates: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    content_verbs: frozenset[str] = frozenset()
    demand_modals: frozenset[str] = frozenset()
    advising_verbs: frozenset[str] = frozenset()
    characterizing_verbs: frozenset[str] = frozenset()
    negative_evaluations: frozenset[str] = frozenset()
    positive_evaluations: frozenset[str] = frozenset()
    non_meeting_modifiers: frozenset[str] = frozenset()
    message_nouns: frozenset[str] = frozenset()
    violent_verbs: frozenset[str] = frozenset()
    doing_verbs: frozenset[str] = frozenset()
    constituting_verbs: frozenset[str] = frozenset()
    wrongdoing_verbs: frozenset[str] = frozenset()
    consequence_nouns: frozenset[str] = frozenset()
    batch_nouns: frozenset[str] = frozenset()
    drawing_verbs: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    measured_things: frozenset[str] = frozenset()
    amount_words: frozenset[str] = frozenset()
    danger_words: frozenset[str] = frozenset()
    settling_verbs: frozenset[str] = frozenset()
    joint_texts: frozenset[str] = frozenset()
    force_words: frozenset[str] = frozenset()
    facing_verbs: frozenset[str] = frozenset()
    penalty_nouns: frozenset[str] = frozenset()
    armed_targets: frozenset[str] = frozenset()
    firm_words: frozenset[str] = frozenset()
    hostile_acts: frozenset[str] = frozenset()
    agreement_nouns: frozenset[str] = frozenset()
    held_meeting_verbs: frozenset[str] = frozenset()
    held_meeting_words: frozenset[str] = frozenset()


CONTEXT_LISTS = tuple(f.name for f in fields(TriggerLexicon) if f.name not in ("verbs", "nouns", "qualified_nouns"))


def load_lexicon(path: Path | None = None) -> TriggerLexicon:
    raw = tomllib.loads((path or data_path("triggers.toml")).read_text(encoding="utf-8"))
    lexicon = TriggerLexicon()
    for block in raw.get("verb", []):
        entry = TriggerEntry(
            EventType(block["type"]), block["cameo"], frozenset(block.get("preps", [])),
            frozenset(block.get("objects", [])), frozenset(block.get("unless_objects", [])),
            block.get("complement"), needs_target=block.get("needs_target", False),
            person_objects=block.get("person_objects", False), official_subject=block.get("official_subject", False),
            state_object=block.get("state_object", False),
        )
        for lemma in block["lemmas"]:
            lexicon.verbs.setdefault(lemma, []).append(entry)
    for block in raw.get("noun", []):
        entry = TriggerEntry(EventType(block["type"]), block["cameo"], preps=frozenset(block.get("preps", [])),
                             support=frozenset(block.get("support", [])), needs_target=block.get("needs_target", False),
                             modifiers=frozenset(block.get("modifiers", [])))
        for lemma in block["lemmas"]:
            if entry.preps or entry.modifiers:
                lexicon.qualified_nouns.setdefault(lemma, []).append(entry)
            else:
                lexicon.nouns[lemma] = entry
    context = raw.get("context", {})
    unknown, missing = set(context) - set(CONTEXT_LISTS), set(CONTEXT_LISTS) - set(context)
    if unknown or missing:  # a misspelt list would otherwise switch its rule off without a word
        raise ValueError(f"triggers.toml [context]: unknown lists {sorted(unknown)}, missing lists {sorted(missing)}")
    for name in CONTEXT_LISTS:
        setattr(lexicon, name, frozenset(context[name]))
    return lexicon
