"""Sentence boundaries the parser gets wrong: line breaks, datelines, and abbreviations such as "U.S."."""

import re

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["paragraph_boundaries"]

DASHES = {"-", "–", "—", "--"}
ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "U.N.", "U.K."
# words that "U.S." or "U.N." commonly modify: after them no new sentence starts ("the U.S. Congress"),
# while "blamed the U.S. Trump denied it" may be two sentences
MODIFIED_HEADS = {"Congress", "Senate", "House", "Army", "Navy", "Air", "Marine", "Marines", "Treasury", "State",
                  "Embassy", "Ambassador", "Secretary", "President", "Vice", "Security", "General", "Department",
                  "Defense", "Defence", "Justice", "Commerce", "Trade", "Special", "Envoy", "Mission", "Forces",
                  "Coast", "Supreme", "Human", "Refugee", "Agency", "Central", "Federal", "National", "Attorney",
                  "Representative", "Permanent", "Military", "Government", "Administration", "Court", "Navy's"}


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a dateline such as "BUENOS AIRES, March 4 (Wire) -", if one opens here."""
    if not (doc[start].is_upper and doc[start].is_alpha and len(doc[start]) > 1):
        return None
    for token in doc[start + 1:start + 14]:
        if "\n" in token.text:
            return None
        if token.text in DASHES and (token.whitespace_ or doc[token.i - 1].whitespace_ or token.text != "-"):
            # a hyphen inside a word ("NATO suspended Guinea-Bissau") ends no dateline
            return token.i + 1 if token.i + 1 < len(doc) else None
    return None


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline, so that headlines and
    datelines never run into the body; never after "U.S." before a word it modifies ("Congress",
    "officials")."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
    for token in doc:
        if token.i == 0 or token.is_sent_start:
            after = _dateline_end(doc, token.i)
            if after is not None:
                doc[after].is_sent_start = True
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if ABBREVIATION.match(previous.text) and "\n" not in previous.text_with_ws and not token.is_sent_start and (
                token.is_lower or token.text in MODIFIED_HEADS):
            token.is_sent_start = False  # "the U.S. Senate voted", "U.N. officials said": one sentence
    return doc
