"""Criticism said as a judgement: "called X a liar", "described X as a threat", "said X was unacceptable"."""

from spacy.tokens import Token

from pipeline.extraction.lexicon import TriggerLexicon

__all__ = ["PRAISED_ACTS", "accused_subject", "annulled_text", "characterized_object", "declared_target", "judged_subject", "is_negative",
           "praised_object", "upheld_self_defence"]

QUOTES = {'"', "“", "”", "‘", "’", "'", "«", "»"}
EXPLETIVES = {"it", "this", "that", "there", "which", "what"}


NESTED_CLAUSES = {"relcl", "ccomp", "acl", "advcl", "pcomp"}


def _words(token: Token) -> list[Token]:
    """The phrase under `token`, without the clauses nested in it ("a reaction to what he called …")."""
    words = [token]
    for child in token.children:
        if child.dep_ not in NESTED_CLAUSES:
            words.extend(_words(child))
    return sorted(words, key=lambda t: t.i)


def is_negative(phrase: list[Token], lexicon: TriggerLexicon, quoted_counts: bool = False) -> bool:
    """A phrase that judges badly: it holds a word of negative evaluation (or, when quoted words
    count, a quotation), and no word of praise."""
    lowered = {t.lower_ for t in phrase} | {t.lemma_.lower() for t in phrase}
    if lowered & lexicon.positive_evaluations:
        return False
    if lowered & lexicon.negative_evaluations:
        return True
    return quoted_counts and any(t.text in QUOTES for t in phrase)


# characterising verbs that say what someone is like with "to": "likened the sailors to pirates"
LIKENING_VERBS = {"liken", "compare"}


def _complement(head: Token) -> list[Token]:
    """What the object is said to be: "a liar" in "called him a liar", "a threat" in "described it as a threat";
    `head` is the verb, or the object when the parser hung the complement on it ("called Evo Morales a dictator",
    read as an apposition of a name)."""
    for child in head.children:
        if (child.dep_ in ("oprd", "xcomp", "ccomp") or (child.dep_ == "appos" and head.pos_ == "PROPN")) and child.i > head.i:
            return _words(child)
        if child.dep_ == "prep" and child.lower_ == "as":
            return _words(child)
        if child.dep_ == "prep" and child.lower_ in ("to", "with") and head.lemma_.lower() in LIKENING_VERBS:
            return _words(child)  # "likened the sailors to pirates"
    return []


# nouns that say what a state or group is: "a rogue state", "a terrorist organisation"
STATE_WORDS = {"state", "regime", "country", "nation", "government", "dictatorship", "organisation", "organization",
               "group", "sponsor", "aggressor", "power", "entity", "tyranny", "occupier"}


def _doer_above(antecedent: Token) -> Token | None:
    """Who a relative clause's antecedent stands for: itself when it names someone and is no object, else the
    subject of the clause it is an object in ("China" for "China imposed duties on Australian wine, which …",
    "Russia" for "Russia annexed Crimea, which …")."""
    if antecedent.dep_ not in ("pobj", "dobj", "dative", "conj", "appos"):
        return antecedent if antecedent.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") else None
    governor = antecedent
    while governor.dep_ in ("pobj", "prep", "dobj", "dative", "conj", "appos") and governor.head != governor:
        governor = governor.head
    return next((c for c in governor.children if c.dep_ == "nsubj"), None) if governor.pos_ in ("VERB", "AUX") else None


def _object_inside(predicate: Token) -> Token | None:
    """The object the parser folded into a complement's phrase: "decision" in "[Tokyo's decision] reckless"."""
    folded = next((c for c in predicate.children if c.dep_ in ("compound", "nmod", "npadvmod") and c.pos_ == "NOUN"
                   and c.i < predicate.i), None)
    if folded is None:
        return None
    if any(o.dep_ == "poss" for o in folded.children):
        return folded
    return next((o for o in predicate.children if o.dep_ == "poss" and o.i < folded.i), None)  # whose it is


def _conjuncts(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "conj"]


def characterized_object(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The one a characterising verb judges badly, or None: "X" in "called X 'a menace'"."""
    if verb.lemma_.lower() not in lexicon.characterizing_verbs:
        return None
    # "called X a liar", and in the passive "X was described as alarming by Y"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i]
    if objects and objects[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
        # "imposed duties on Australian wine, which Canberra called unjustifiable": the act's doer is judged;
        # "a pact with North Korea, which Washington calls a rogue state": the state named
        complement = _complement(verb)
        if not is_negative(complement, lexicon, quoted_counts=True):
            return None
        says_what_it_is = verb.head.ent_type_ in ("GPE", "ORG", "NORP") and any(
            w.lemma_.lower() in STATE_WORDS for w in complement)
        return verb.head if says_what_it_is else _doer_above(verb.head)
    if (not objects or objects[0].lower_ in EXPLETIVES) and (actor := _actor_of_judged_act(verb)) is not None:
        return actor if is_negative(_complement(verb), lexicon) else None
    if not objects and len(predicates) >= 2:  # the parser read "called X 'deranged'" as two predicates
        return predicates[0] if is_negative(_around(predicates[1]), lexicon, quoted_counts=True) else None
    if not objects and len(predicates) == 1 and predicates[0].pos_ == "PROPN":  # "called Zelensky a dictator",
        return predicates[0] if is_negative(_complement(predicates[0]), lexicon) else None  # the name read as predicate
    if not objects and len(predicates) == 1 and (judged := _object_inside(predicates[0])) is not None:
        # "called Tokyo's decision reckless", read as one phrase whose head is the adjective
        return judged if is_negative([predicates[0], *_conjuncts(predicates[0])], lexicon) else None
    if not objects:
        return None
    trailing = [a for a in objects[0].children if a.dep_ == "amod" and a.i > objects[0].i]
    if trailing and not _complement(verb):  # "called the EU's comments inappropriate and unjustified"
        return objects[0] if is_negative([w for a in trailing for w in (a, *_conjuncts(a))], lexicon) else None
    named = [c for c in objects[0].children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < objects[0].i]
    if named and not _complement(verb) and is_negative([objects[0]], lexicon):
        return named[0]  # "called Maduro a dictator", which the parser reads as one noun phrase
    complement = _complement(verb) or _complement(objects[0])
    if objects[0].lower_ == "what":  # "what he called Saudi aggression": the one the name blames
        heads = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > verb.i]
        return heads[0] if heads and is_negative(complement, lexicon) else None
    if objects[0].lower_ in EXPLETIVES:
        return None
    # the quote marks around a complement may hang off the verb, so look at the tokens between
    if not complement:
        return None
    around = verb.doc[min(t.i for t in complement) - 1:max(t.i for t in complement) + 2]
    return objects[0] if is_negative(list(around), lexicon, quoted_counts=True) else None


# verbs that uphold a right someone has: "stressed Israel's right to defend itself"
UPHOLDING_VERBS = {"stress", "affirm", "reaffirm", "recognise", "recognize", "underline", "underscore", "emphasise",
                   "emphasize", "uphold", "defend", "support", "back", "acknowledge", "insist"}


def _right_of_self_defence(right: Token) -> bool:
    """"the right to defend itself", "the right to self-defence" (not "no right to …")."""
    return right.lemma_.lower() == "right" and not any(d.dep_ == "det" and d.lower_ == "no" for d in right.children) and (
        any(c.dep_ == "acl" and c.lemma_.lower() == "defend" for c in right.children)
        or any(o.lower_ in ("defence", "defense", "self-defence", "self-defense") for p in [right, right.head]
               for q in p.children if q.dep_ == "prep" and q.lower_ == "to" for o in q.children if o.dep_ == "pobj"))


def upheld_self_defence(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """Whose right to defend itself a speaker upholds (a verbal defence of it, CAMEO 052): "Ukraine" in "said
    Ukraine had the right to defend itself" and "stressed Ukraine's right to self-defence"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lemma_.lower() in UPHOLDING_VERBS:
        for right in (c for c in verb.children if c.dep_ == "dobj" and _right_of_self_defence(c)):
            return next((p for p in right.children if p.dep_ == "poss" and p.pos_ != "PRON"), None)
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for clause in reported_clauses(verb):
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if subjects and clause.lemma_.lower() == "have" and not any(c.dep_ == "neg" for c in clause.children) and any(
                c.dep_ == "dobj" and _right_of_self_defence(c) for c in clause.children):
            return subjects[0]
    return None


def praised_object(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The one a characterising verb judges well: "Sweden" in "called Sweden a reliable partner"."""
    if verb.lemma_.lower() not in lexicon.characterizing_verbs:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i]
    if not objects and len(predicates) >= 2:  # the parser read "called Sweden a reliable partner" as two predicates
        objects, complement = predicates[:1], _words(predicates[1])
    elif not objects or objects[0].lower_ in EXPLETIVES:
        return None
    else:  # "calling Sweden a reliable partner" may come as two objects
        complement = _complement(verb) or _complement(objects[0]) or (_words(objects[1]) if len(objects) > 1 else [])
    lowered = {t.lower_ for t in complement}
    if objects[0].lemma_.lower() in lexicon.agreement_nouns | PRAISED_ACTS and lowered & PRAISED_TEXT_WORDS and not (
            lowered & lexicon.negative_evaluations):
        return objects[0]  # "called the deal a breakthrough": praise of the deal, and so of its parties
    named = objects[0].ent_type_ in ("GPE", "ORG", "NORP", "PERSON")  # not "described the assault as legitimate"
    kin = any(t.lemma_.lower() in PRAISED_RELATIONS for t in complement)  # not "the key challenge of our era"
    return objects[0] if named and kin and lowered & lexicon.positive_evaluations and not (
        lowered & lexicon.negative_evaluations) else None


# verbs that declare what something is: "declared US bases legitimate targets", "declared the memorandum void"
DECLARING_VERBS = {"declare", "consider", "regard", "deem", "call", "brand", "label", "designate", "see", "view"}
VOID_WORDS = {"null", "void", "invalid", "nullified"}


def declared_target(verb: Token) -> Token | None:
    """Whose people or things a verb declares targets, a threat of force: "American and British interests"
    in "declared all American and British interests legitimate targets"."""
    if verb.lemma_.lower() not in DECLARING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if objects and any(t.lemma_.lower() == "target" for t in _said_to_be(verb, objects[0])):
        return objects[0]
    # "considered [American bases legitimate targets]", read as a clause of its own (the noun, not "was targeting")
    return next((s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "target" and c.pos_ == "NOUN"
                 for s in c.children if s.dep_ == "nsubj"), None)


def _said_to_be(verb: Token, obj: Token) -> list[Token]:
    """What a declaring verb says its object is, however the parser hung it: its complement, the object's
    apposition ("interests … legitimate targets"), or the adjectives and nouns within the object's own phrase
    after its head ("the memorandum between Ethiopia and Somaliland null and void", read as one phrase)."""
    return _complement(verb) or _complement(obj) or [t for c in obj.children if c.dep_ == "appos" for t in c.subtree] or [
        t for t in verb.doc[obj.i + 1:min(obj.right_edge.i + 1, obj.i + 12)] if t.pos_ in ("ADJ", "NOUN")]


def annulled_text(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The agreement a verb declares void, a repudiation of it: "declaring the memorandum null and void"."""
    if verb.lemma_.lower() not in DECLARING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if objects and objects[0].lemma_.lower() in lexicon.agreement_nouns and any(
            t.lower_ in VOID_WORDS for t in _said_to_be(verb, objects[0])):
        return objects[0]
    # as the parser may read it: "declared [the agreement null] and void" (a clause), "declared the deal null" with
    # "null" as the object and the agreement its compound
    for said in (c for c in verb.children if c.lower_ in VOID_WORDS and c.dep_ in ("ccomp", "dobj", "oprd")):
        text = next((t for t in said.children if t.dep_ in ("nsubj", "compound") and t.lemma_.lower() in
                     lexicon.agreement_nouns), None)
        if text is not None:
            return text
    return None


# what one calls an agreement or a decision one praises: "called the deal a breakthrough", "described Iran's
# admission as a historic development", "called the ruling an important contribution to peace"
# (not "important", "significant" or "a step": "a step too far", "a significant escalation" blame)
PRAISED_TEXT_WORDS = {"breakthrough", "historic", "success", "milestone", "progress", "landmark", "positive", "welcome",
                      "constructive", "encouraging"}
# acts one may praise so: an agreement, and these
PRAISED_ACTS = {"decision", "ruling", "award", "verdict", "invitation", "admission", "accession", "move", "announcement",
                "expansion", "release", "outcome", "resolution", "declaration", "initiative", "proposal", "plan",
                "visit", "trip", "talk", "talks", "meeting", "summit"}


# what one calls a state one praises: "a reliable partner", "a trusted ally", "our brothers"
PRAISED_RELATIONS = {"partner", "ally", "friend", "brother", "neighbour", "neighbor", "model", "example"}


def _actor_of_judged_act(verb: Token) -> Token | None:
    """Who did the act a judgement names: "India fired missiles, in what Pakistan called an act of
    war" and "China sent ships, in a move Taiwan called reckless" judge India and China."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "in":
        act = verb.head.head
    elif verb.dep_ == "relcl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in":
        act = verb.head.head.head
    else:
        return None
    subjects = [c for c in act.children if c.dep_ == "nsubj"] if act.pos_ in ("VERB", "AUX") else []
    return subjects[0] if subjects else None


def _around(predicate: Token) -> list[Token]:
    """A predicate with the quote marks just outside it."""
    words = _words(predicate)
    return list(predicate.doc[max(words[0].i - 1, 0):words[-1].i + 2])


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its clause, and those joined to it with a subject of their own
    ("said that Germany stood with the Netherlands and that Erdogan's comparisons were unacceptable")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # "said it continued to believe that the allegations were unfounded": what the speaker believes
    believed = [b for c in clauses for b in (c, *(x for x in c.children if x.dep_ == "xcomp"))
                if b.lemma_.lower() in BELIEVING_VERBS]
    clauses += [c for b in believed for c in b.children if c.dep_ == "ccomp"]
    return clauses + [j for c in clauses for j in c.children if j.dep_ == "conj" and j.pos_ in ("VERB", "AUX") and any(
        s.dep_ in ("nsubj", "nsubjpass") for s in j.children)]


BELIEVING_VERBS = {"believe", "think", "consider", "feel", "maintain"}
BEARING_VERBS = {"bear", "share", "carry", "shoulder"}
BLAME_NOUNS = {"responsibility", "blame"}
# harm a speaker can make someone responsible for (not "responsible for the talks' success")
HARMS = {"attack", "attacks", "death", "deaths", "killing", "killings", "bloodshed", "violence", "bombing", "bombings",
         "blast", "blasts", "explosion", "explosions", "poisoning", "crash", "massacre", "casualties", "strike",
         "strikes", "shooting", "downing", "escalation", "crisis", "tension", "tensions", "sabotage", "war", "fighting",
         "unrest", "destruction", "suffering", "consequences", "collapse", "failure", "incident", "abduction"}


def _bears_blame(clause: Token) -> bool:
    """A clause that lays a harm at its subject's door: "X bore responsibility for the deaths", "X shared the
    blame", "X was responsible for the attack"."""
    if clause.lemma_.lower() in BEARING_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS for c in clause.children)
    if clause.lemma_.lower() != "be":
        return False
    for complement in clause.children:
        if complement.dep_ == "acomp" and complement.lower_ in ("responsible", "culpable"):
            return any(o.lower_ in HARMS for p in complement.children if p.dep_ == "prep" and p.lower_ == "for"
                       for o in p.children if o.dep_ == "pobj")
    return False


def judged_subject(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The subject of a reported judgement: "X's position" in "said X's position was unacceptable"."""
    if verb.lemma_.lower() not in lexicon.speech_verbs:
        return None
    for clause in reported_clauses(verb):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        predicate = [t for c in clause.children if c.dep_ in ("acomp", "attr") for t in _words(c)]
        if clause.lemma_.lower() in lexicon.constituting_verbs:  # "said the blockade amounted to a breach of …"
            predicate += [t for c in clause.children if c.dep_ in ("dobj", "prep") for t in _words(c)]
        negated = any(c.dep_ == "neg" for c in clause.children)
        if subjects and predicate and not negated and subjects[0].lower_ not in EXPLETIVES and is_negative(
                predicate, lexicon):
            return subjects[0]
        if (unjustified := _without_justification(clause)) is not None:
            return unjustified  # "said there was no justification for Russia's use of force"
        if subjects and not negated and subjects[0].pos_ != "PRON" and _bears_blame(clause):
            return subjects[0]  # "said Hamas bore full responsibility for the deaths" (not "said it bore …", owned)
        wanting = {t.lower_ for t in predicate} & WANTING_QUALITIES if negated else set()
        if subjects and subjects[0].lower_ not in EXPLETIVES and (wanting & UNACCEPTABLE or (
                (wanting or _found_wanting(clause)) and _someones(subjects[0]))):
            return subjects[0]  # "said the Saudi account was not credible", "said the explanations fell short"
        extraposed = [c for c in clause.children if c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > subjects[0].i
                      ] if subjects and subjects[0].lower_ == "it" else []
        if extraposed and predicate and not negated and is_negative(predicate, lexicon):
            # "told her counterpart it was unacceptable to delay …": criticism of the one told
            addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < clause.i]
            if addressees:
                return addressees[0]
            # "said it was unacceptable that Iraqi forces had failed to stop the protesters": the doer told
            doers = [s for x in extraposed if x.dep_ == "ccomp" for s in x.children if s.dep_ == "nsubj" and _someones(s)]
            if doers:
                return doers[0]
        # "said Peru acted with 'impunity'", "argued this was 'a theft'": a quoted judgement
        words = _words(clause)
        quoted = [t for t in words if t.text in QUOTES]
        if subjects and not negated and len(quoted) >= 2 and is_negative(
                list(clause.doc[quoted[0].i:quoted[-1].i + 1]), lexicon):
            return subjects[0]
    return None


# qualities an account or a step is said to lack: "was not credible", "lacked credibility", "fell short"
WANTING_QUALITIES = {"credible", "satisfactory", "acceptable", "convincing", "sufficient", "adequate", "serious",
                     "believable", "plausible", "transparent", "consistent"}
# what is not acceptable or credible is criticised whoever's it is ("such conduct was not acceptable"); what
# is not sufficient or serious only when the text says whose it is ("the situation was not serious")
UNACCEPTABLE = {"acceptable", "credible", "convincing", "believable", "plausible", "satisfactory"}
LACKED_QUALITIES = {"credibility", "consistency", "legitimacy", "substance", "transparency", "basis", "seriousness",
                    "foundation"}


def _without_justification(clause: Token) -> Token | None:
    """The act a clause says nothing justifies: "there was no justification for Russia's use of force"."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return None
    return next((o for a in clause.children if a.dep_ == "attr" and a.lower_ in ("justification", "excuse") and any(
        d.lower_ == "no" for d in a.children) for p in a.children if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children if o.dep_ == "pobj" and any(w.dep_ == "poss" for w in o.children)), None)


def _someones(thing: Token) -> bool:
    """A thing the text says is someone's: "Riyadh's account", "the Saudi explanation", "the explanations
    offered by Riyadh" (not "the situation", "aid deliveries")."""
    return thing.pos_ == "PROPN" or any(
        c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")
        for c in thing.children) or any(
        a.dep_ == "acl" and any(g.dep_ == "agent" for g in a.children) for a in thing.children)


def _found_wanting(clause: Token) -> bool:
    """A clause that finds its subject wanting: "fell short", "lacked credibility and consistency"."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "fall":
        return any(c.lower_ == "short" for c in clause.children)
    return lemma == "lack" and any(t.lower_ in LACKED_QUALITIES for c in clause.children if c.dep_ == "dobj"
                                   for t in (c, *_conjuncts(c)))


UNCERTAIN = {"could", "might", "may", "would"}
NEGATIONS = {"not", "n't", "never"}


ALLEGING_VERBS = {"allege", "charge", "contend"}


def held_responsible(verb: Token) -> Token | None:
    """Who is blamed in "held Washington and London responsible for the repercussions"."""
    if verb.lemma_.lower() != "hold" or any(c.dep_ == "neg" for c in verb.children):
        return None
    judged = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and c.lower_ in (
        "responsible", "accountable")]
    if not judged:
        return None
    # "will hold Iran accountable", which the parser may read as a clause of its own
    return next((c for c in [*verb.children, *judged[0].children] if c.dep_ in ("dobj", "nsubj") and c.pos_ != "PRON"
                 and c.i > verb.i), None)


# acts of force that, told as done by another state to the speaker's own, accuse it (not "expelled", a
# sanction of its own)
ATTACKING_VERBS = {"attack", "strike", "bomb", "shell", "bombard", "invade", "kill", "destroy", "raid"}
OWN_VICTIMS = {"territory", "soil", "country", "border", "citizens", "people", "civilian", "civilians", "refugee",
               "refugees", "migrant", "migrants"}


def _attack_told(act: Token) -> bool:
    """An attack on the speaker's own or on civilians said to have been made: "said Armenian forces had fired on
    its positions", "had used force against refugees" (not "would strike", nor "struck a deal", nor a strike on a
    third state told as news)."""
    fired_on = act.lemma_.lower() == "fire" and any(c.dep_ == "prep" and c.lower_ in ("on", "at") for c in act.children)
    force_used = act.lemma_.lower() == "use" and any(c.dep_ == "dobj" and c.lemma_.lower() == "force" for c in act.children)
    if not (act.lemma_.lower() in ATTACKING_VERBS or fired_on or force_used) or act.tag_ not in ("VBD", "VBN") or any(
            c.dep_ == "aux" and c.lower_ in UNCERTAIN | {"will", "'ll"} for c in act.children):
        return False
    holders = [act, *(c for c in act.children if c.dep_ == "dobj" and force_used)]  # "used force against X"
    victims = [c for c in act.children if c.dep_ == "dobj" and not force_used] + [
        v for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
        for o in p.children if o.dep_ == "pobj" for v in (o, *o.conjuncts)]
    return any(any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in v.children) or v.lemma_.lower() in OWN_VICTIMS
               for v in victims)


# what can be broken by wrongdoing: "said Russia had broken the ceasefire", "was breaking a basic principle"
BROKEN_RULES = {"law", "rule", "principle", "norm", "promise", "pledge", "commitment", "ceasefire", "truce", "agreement",
                "deal", "accord", "treaty", "word", "convention", "embargo", "sanction"}


# what one is bound to keep, and the verbs of keeping it: not doing so is a breach
KEPT_WORDS = {"word", "promise", "promises", "commitment", "commitments", "obligation", "obligations", "pledge",
              "pledges", "treaty", "agreement", "accord", "deal", "ceasefire", "truce", "resolution", "resolutions"}
HONOURING_VERBS = {"keep", "honour", "honor", "respect", "fulfil", "fulfill", "comply", "abide", "implement", "observe"}


def _obligation_unkept(act: Token) -> bool:
    """"was not complying with the treaty", "did not keep its word": a breach told by negating its keeping."""
    if act.lemma_.lower() not in HONOURING_VERBS or not any(c.dep_ == "neg" for c in act.children):
        return False
    kept = [c for c in act.children if c.dep_ == "dobj"] + [
        o for p in act.children if p.dep_ == "prep" and p.lower_ in ("with", "by") for o in p.children if o.dep_ == "pobj"]
    return any(k.lemma_.lower() in KEPT_WORDS or k.lower_ in KEPT_WORDS for k in kept)


def _rule_broken(act: Token) -> bool:
    return act.lemma_.lower() == "break" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BROKEN_RULES for c in act.children)


# crimes one is said to commit: "said Israel was committing genocide", "said Russian troops had committed war crimes"
CRIMES = {"genocide", "crime", "atrocity", "massacre", "aggression", "violation", "abuse", "murder", "terrorism"}


def _crime_committed(act: Token) -> bool:
    """"committed war crimes", "committed acts of terrorism"."""
    return act.lemma_.lower() in ("commit", "perpetrate") and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in CRIMES or any(o.lemma_.lower() in CRIMES for p in c.children
                                                                if p.dep_ == "prep" and p.lower_ == "of"
                                                                for o in p.children if o.dep_ == "pobj"))
        for c in act.children)


def accused_subject(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who a speaker says did wrong: "Russia" in "Ukraine said Russia violated the accord"; not in
    "said Iran might interfere" (a fear) or "said the rules violated no law"."""
    alleged = verb.lemma_.lower() in ALLEGING_VERBS  # "alleged that Pakistan backed the attackers": any act
    # (and "agreed that Iran had violated the deal": a view the speakers share)
    if verb.lemma_.lower() not in lexicon.speech_verbs and not alleged and verb.lemma_.lower() != "agree":
        return None
    said = reported_clauses(verb)
    for clause in said:
        # "said South Korea had continued to damage the trust": what it keeps doing is the act
        # and "said Algeria's steps appeared to violate the accord": what it seems to do
        act = next((x for x in clause.children if x.dep_ == "xcomp"), clause) if clause.lemma_.lower() in (
            "continue", "keep", "persist", "appear", "seem") else clause
        if _obligation_unkept(clause) and not any(
                c.dep_ == "aux" and c.lower_ in UNCERTAIN for c in clause.children):
            # "said Russia was not complying with the treaty", "said Tehran did not keep its word"
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if not (alleged or act.lemma_.lower() in lexicon.wrongdoing_verbs or _attack_told(act) or (
                _rule_broken(act)) or _crime_committed(act)):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        doubted = any(c.dep_ in ("neg", "aux") and c.lower_ in UNCERTAIN | NEGATIONS for c in clause.children)
        denied = any(d.lower_ in ("no", "nothing") for c in clause.children if c.dep_ == "dobj" for d in c.subtree)
        if subjects and not doubted and not denied:
            return subjects[0]
    return None
