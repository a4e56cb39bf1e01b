"""The model's attribute rules (a tag's part of speech and morphology, and their exceptions) matched
through an index instead of spaCy's Matcher: the same matches, in a fraction of the time.

spaCy's `attribute_ruler` tries each of its rules (179 in the small English model) at every token,
which took a sixth of the model's time per article, more than the parser. Its rules test four
attributes of one or two tokens, so the rules that can start at a token depend only on those four
values, and each combination of them is worked out once. Rules of another kind leave the component
as spaCy made it."""

import re
from typing import Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["IndexedAttributeRuler", "index_attribute_rules"]

ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes the index knows, in key order
KNOWN_KEYS = 100_000  # combinations remembered; past this the memory starts again

Key = tuple[int, int, int, int]  # a token's TAG, LOWER and DEP hashes and IS_SPACE flag
TokenTest = Callable[[Key], bool]
Match = tuple[int, int, int, int]  # (rule, rule's match id, start, end), as AttributeRuler.match gives them
Pattern = tuple[int, int, list[TokenTest]]  # (rule, match id, a test per token)
Starting = tuple[tuple[tuple[int, int], ...], tuple[Pattern, ...]]  # one-token matches, longer patterns begun


class UnindexedRule(ValueError):
    """A rule tests something the index does not know; spaCy's Matcher is used instead."""


def _token_test(spec: dict[str, Any], vocab: Vocab) -> TokenTest:
    """One token of a Matcher pattern (its attribute names upper-case) as a test of a token's key, with
    the Matcher's meaning."""
    tests: list[TokenTest] = []
    for name, value in spec.items():
        if name not in ATTRIBUTES:
            raise UnindexedRule(f"a rule tests {name}")
        slot = ATTRIBUTES.index(name)
        tests.append(_value_test(slot, value, vocab, name == "IS_SPACE"))
    return lambda key: all(test(key) for test in tests)


def _anchors(spec: dict[str, Any], vocab: Vocab) -> list[tuple[int, int]] | None:
    """(slot, hash) pairs one of which a token passing `spec` must have: its exact or listed TAG or
    LOWER; None when it names neither."""
    for name in ("TAG", "LOWER"):
        value = spec.get(name)
        if isinstance(value, str):
            return [(ATTRIBUTES.index(name), vocab.strings[value])]
        if isinstance(value, dict) and isinstance(value.get("IN"), list) and len(value) == 1:
            return [(ATTRIBUTES.index(name), vocab.strings[v]) for v in value["IN"]]
    return None


def _value_test(slot: int, value: Any, vocab: Vocab, is_flag: bool) -> TokenTest:
    if is_flag:
        if not isinstance(value, bool):
            raise UnindexedRule(f"a flag is tested against {value!r}")
        wanted = int(value)
        return lambda key: key[slot] == wanted
    if isinstance(value, str):
        hashed = vocab.strings[value]
        return lambda key: key[slot] == hashed
    if not (isinstance(value, dict) and len(value) == 1):
        raise UnindexedRule(f"a rule tests {value!r}")
    [(operator, operand)] = value.items()
    if operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
        hashes = {vocab.strings[v] for v in operand}
        if operator == "IN":
            return lambda key: key[slot] in hashes
        return lambda key: key[slot] not in hashes
    if operator == "REGEX" and isinstance(operand, str):
        pattern, strings = re.compile(operand), vocab.strings
        return lambda key: pattern.search(strings[key[slot]]) is not None
    raise UnindexedRule(f"a rule tests {operator} {operand!r}")


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with the same patterns and effects, whose `match` looks rules up by the
    attributes of each token instead of trying every rule at every token."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._compiled_for = -1  # the number of rules the index was built for
        self._anchored: dict[tuple[int, int], list[Pattern]] = {}  # by a TAG or LOWER their first token needs
        self._unanchored: list[Pattern] = []  # the others
        self._starting: dict[Key, Starting] = {}
        self._unindexed = False

    def clear(self) -> None:
        super().clear()
        self._compiled_for = -1  # as many rules again after a clear (a reload) are other rules

    def _compile(self) -> None:
        anchored: dict[tuple[int, int], list[Pattern]] = {}
        unanchored: list[Pattern] = []
        try:
            for rule, entry in enumerate(self.patterns):
                match_id = self.vocab.strings[str(rule)]
                specs: list[list[dict[str, Any]]] = entry["patterns"]  # type: ignore[assignment]
                for spec in specs:
                    tokens = [{str(name).upper(): value for name, value in token.items()} for token in spec]
                    pattern = (rule, match_id, [_token_test(token, self.vocab) for token in tokens])
                    anchors = _anchors(tokens[0], self.vocab)
                    for anchor in anchors or ():
                        anchored.setdefault(anchor, []).append(pattern)
                    if anchors is None:
                        unanchored.append(pattern)
            self._unindexed = False
        except UnindexedRule:
            self._unindexed = True
        self._anchored, self._unanchored, self._starting, self._compiled_for = anchored, unanchored, {}, len(self.attrs)

    def _starting_with(self, key: Key) -> Starting:
        """The rules of one token this key passes, and the longer patterns whose first token it passes."""
        if len(self._starting) >= KNOWN_KEYS:
            self._starting.clear()
        candidates = [*self._anchored.get((0, key[0]), ()), *self._anchored.get((1, key[1]), ()), *self._unanchored]
        passed = [p for p in candidates if p[2][0](key)]
        found = self._starting[key] = (tuple((rule, match_id) for rule, match_id, tests in passed if len(tests) == 1),
                                       tuple(p for p in passed if len(p[2]) > 1))
        return found

    def match(self, doc: Doc) -> list[Match]:
        if self._compiled_for != len(self.attrs):
            self._compile()
        if self._unindexed:
            return super().match(doc)
        keys: list[Key] = list(zip(*doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist()))
        matches: list[Match] = []
        known = self._starting
        for start, key in enumerate(keys):
            singles, longer = known.get(key) or self._starting_with(key)
            for rule, match_id in singles:
                matches.append((rule, match_id, start, start + 1))
            for rule, match_id, tests in longer:
                end = start + len(tests)
                if end <= len(keys) and all(test(keys[i]) for test, i in zip(tests[1:], range(start + 1, end))):
                    matches.append((rule, match_id, start, end))
        return sorted(set(matches))


@Language.factory("indexed_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name)


def index_attribute_rules(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler by an indexed one with the same rules (nothing when it has none)."""
    ruler = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler) or isinstance(ruler, IndexedAttributeRuler):
        return
    rules = ruler.patterns
    indexed = nlp.replace_pipe(name, "indexed_attribute_ruler")
    assert isinstance(indexed, IndexedAttributeRuler)
    indexed.add_patterns(rules)
