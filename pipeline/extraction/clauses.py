"""How a trigger's clause hangs in its sentence: its own words, contrasts, reported content."""

from spacy.tokens import Token

from pipeline.extraction.triggers import Trigger

__all__ = ["clause_tokens", "contrasting_clause", "reporting_verbs", "time_clause", "when_clause_of_a_time"]

CLAUSE_BREAKS = {"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"}
CONTRAST_MARKS = {"while", "whereas", "although", "though"}


def clause_tokens(trigger: Trigger) -> list[Token]:
    """The trigger's clause without nested clauses: where its date and place are said."""
    roots = [t for t in (trigger.verb, trigger.token) if t is not None]
    tokens: list[Token] = []
    stack = list(roots)
    while stack:
        token = stack.pop()
        if token in tokens:
            continue
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSE_BREAKS and c.dep_ != "conj")
    return tokens


def contrasting_clause(token: Token) -> bool:
    """A clause set against the one above it, with a subject of its own: no part of what that one says."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def when_clause_of_a_time(verb: Token) -> bool:
    """A "when" clause that hangs from a time: "refused" in "since last August, when it refused"."""
    return verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in verb.children)


TIME_MARKS = {"after", "before", "since", "until", "once", "when"}


def time_clause(token: Token) -> bool:
    """A clause that says when the one above it happened, with a subject of its own: "After Pompeo
    visited Pyongyang, North Korea accused …" tells of a visit too, not what was accused."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def reporting_verbs(verb: Token) -> set[Token]:
    """The verbs above a clause that report it as their content ("admitted … that he asked")."""
    reporters, clause = set(), verb
    while clause.dep_ in ("ccomp", "conj", "xcomp") and clause.head != clause:
        if clause.dep_ == "ccomp":
            reporters.add(clause.head)
        clause = clause.head
    return reporters
