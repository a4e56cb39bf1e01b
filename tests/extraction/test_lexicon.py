"""The trigger lexicon as written: each noun and each verb sense said once."""

import tomllib
from collections import Counter

from pipeline.data import data_path
from pipeline.extraction.lexicon import load_lexicon
from pipeline.models import EventType


def raw_lexicon() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(data_path("triggers.toml").read_text(encoding="utf-8"))


def test_no_noun_is_listed_twice_for_a_later_block_would_silently_replace_the_first():
    listed = Counter(lemma for block in raw_lexicon()["noun"] for lemma in block["lemmas"])
    assert [lemma for lemma, times in listed.items() if times > 1] == []


def test_no_verb_sense_is_listed_twice():
    senses = Counter((lemma, tuple(sorted(b.get("preps", []))), tuple(sorted(b.get("objects", []))), b.get("complement"))
                     for b in raw_lexicon()["verb"] for lemma in b["lemmas"])
    assert [sense for sense, times in senses.items() if times > 1] == []


def test_a_noun_block_may_name_its_own_support_verbs_and_need_a_target():
    concern = load_lexicon().nouns["concern"]
    assert (concern.event_type, "raise" in concern.support, concern.needs_target) == (EventType.CONDEMN, True, True)
