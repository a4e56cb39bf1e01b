"""The trigger lexicon as written: each noun and each verb sense said once."""

import tomllib
from collections import Counter

import pytest

from pipeline.data import data_path
from pipeline.extraction.lexicon import load_lexicon
from pipeline.models import EventType


def raw_lexicon() -> dict:  # type: ignore[type-arg]
    return tomllib.loads(data_path("triggers.toml").read_text(encoding="utf-8"))


def test_no_noun_sense_is_listed_twice_for_a_later_block_would_silently_replace_the_first():
    listed = Counter((lemma, tuple(sorted(b.get("preps", []))), tuple(sorted(b.get("modifiers", []))))
                     for b in raw_lexicon()["noun"] for lemma in b["lemmas"])
    assert [sense for sense, times in listed.items() if times > 1] == []


def test_a_noun_sense_that_needs_a_preposition_or_a_modifier_is_kept_beside_its_plain_sense():
    lexicon = load_lexicon()
    [appeal] = lexicon.qualified_nouns["call"]
    assert (appeal.event_type, appeal.preps, lexicon.nouns["call"].event_type) == (
        EventType.REQUEST, frozenset({"for"}), EventType.MEET)
    [controls] = lexicon.qualified_nouns["controls"]
    assert (controls.event_type, "export" in controls.modifiers, "controls" in lexicon.nouns) == (
        EventType.SANCTION, True, False)


def test_no_verb_sense_is_listed_twice():
    senses = Counter((lemma, tuple(sorted(b.get("preps", []))), tuple(sorted(b.get("objects", []))), b.get("complement"))
                     for b in raw_lexicon()["verb"] for lemma in b["lemmas"])
    assert [sense for sense, times in senses.items() if times > 1] == []


def test_a_noun_block_may_name_its_own_support_verbs_and_need_a_target():
    concern = load_lexicon().nouns["concern"]
    assert (concern.event_type, "raise" in concern.support, concern.needs_target) == (EventType.CONDEMN, True, True)


def test_a_misspelt_or_missing_context_list_is_an_error_rather_than_a_rule_switched_off(tmp_path):
    text = data_path("triggers.toml").read_text(encoding="utf-8")
    misspelt = tmp_path / "triggers.toml"
    misspelt.write_text(text.replace("\nhostile_acts =", "\nhostile_act =", 1), encoding="utf-8")
    with pytest.raises(ValueError, match=r"unknown lists \['hostile_act'\], missing lists \['hostile_acts'\]"):
        load_lexicon(misspelt)
