"""Threats told without a verb of threatening: force vowed or readied, penalties one is said to face,
responses promised to hostile acts, consequences warned of."""

from spacy.tokens import Token

from pipeline.extraction.lexicon import TriggerEntry, TriggerLexicon
from pipeline.models import EventType

__all__ = ["KEEPING_VERBS", "VIOLENT_NOUNS", "consequences_said", "idle_bystander", "met_with_force", "penalty_faced",
           "readied_force", "readied_sanctions", "retaliation", "taken_as_war", "vowed_response", "vowed_violence",
           "warned_to_face"]


def consequences_said(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """"said the arrest could have repercussions for ties", "said there would be consequences":
    a warning of consequences (CAMEO 130), unless the clause denies them. Gives the consequences."""
    if token.lemma_.lower() not in lexicon.speech_verbs:
        return None
    return next((c for clause in token.children if clause.dep_ == "ccomp" and not any(
        n.dep_ == "neg" for n in clause.children) for c in clause.children
        if c.dep_ in ("dobj", "attr", "nsubj") and c.lower_ in lexicon.consequence_nouns
        and not any(d.lower_ == "no" for d in c.children) and not _of_a_disaster(c)), None)


PUNISHING_VERBS = {"punish", "attack", "strike", "crush", "destroy", "bomb", "eliminate", "annihilate", "obliterate"}


def vowed_violence(token: Token, entry: TriggerEntry, lexicon: TriggerLexicon) -> bool:
    """"vowed to kill him", "pledged to crush the rebels", "vowed to keep up strikes": a pledge of force
    is a threat."""
    return entry.event_type is EventType.ANNOUNCE and entry.cameo.startswith("03") and any(
        c.dep_ == "xcomp" and (c.lemma_.lower() in lexicon.violent_verbs or (
            c.lemma_.lower() in KEEPING_VERBS and any(o.dep_ == "dobj" and o.lemma_.lower() in VIOLENT_NOUNS
                                                       for o in c.children))) or (
            # "vowed that it would be punished": the one to be struck is the passive subject, a state or group
            c.dep_ == "ccomp" and c.lemma_.lower() in PUNISHING_VERBS and any(a.dep_ == "auxpass" for a in c.children)
            and any(s.dep_ == "nsubjpass" and (s.pos_ == "PROPN" or s.lower_ in ("it", "they")) for s in c.children))
        for c in token.children)


TAKING_VERBS = {"treat", "consider", "regard", "see", "deem", "view"}


def taken_as_war(token: Token, lexicon: TriggerLexicon) -> bool:
    """A speaker saying another's act would be taken as war: "responded that any intervention in Niger would be
    treated as a declaration of war", "said any attack on Belarus would be considered an act of aggression"."""
    if token.lemma_.lower() not in lexicon.speech_verbs | {"respond", "reply"}:
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in TAKING_VERBS):
        if not any(a.dep_ == "auxpass" for a in clause.children) or any(n.dep_ == "neg" for n in clause.children):
            continue
        said = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                if o.dep_ == "pobj"] + [o for o in clause.children if o.dep_ in ("oprd", "attr")]
        if any(o.lemma_.lower() in ("declaration", "act") and any(
                w.lower_ in ("war", "aggression") and w.head.lower_ == "of" for w in o.subtree) for o in said):
            return True  # (not "a war crime")
    return False


def vowed_response(token: Token, entry: TriggerEntry, lexicon: TriggerLexicon) -> tuple[Token, Token] | None:
    """The firm response a pledge promises, and what it answers, when that is a hostile act or a named
    side: "vowed a crushing response to any Israeli aggression" is a threat (not "promised a firm
    answer to the US proposal", nor "a strong response to the famine", which stay pledges)."""
    if entry.event_type is not EventType.ANNOUNCE or not entry.cameo.startswith("03"):
        return None
    for response in token.children:
        if response.dep_ != "dobj" or response.lemma_.lower() not in ("response", "reply", "answer") or not any(
                a.dep_ == "amod" and a.lower_ in lexicon.firm_words for a in response.children):
            continue
        for answered in (o for p in response.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                         for o in p.children if o.dep_ == "pobj"):
            if answered.lemma_.lower() in lexicon.hostile_acts or answered.lower_ in lexicon.hostile_acts or (
                    answered.ent_type_ in ("GPE", "NORP", "ORG")):
                return response, answered
    return None


FORCEFUL_ANSWERS = {"force", "retaliation", "retribution"}  # and a firm "response", "reply" or "answer"


def met_with_force(token: Token, lexicon: TriggerLexicon) -> tuple[Token, str] | None:
    """The hostile act a speaker says will be met with force, with the CAMEO code of the threat: "any
    attack" in "warned that any attack would be met with a decisive response" (a threat to whoever
    attacks; "met with force" is one of force, 138)."""
    if token.lemma_.lower() not in lexicon.speech_verbs | {"vow", "pledge", "promise"}:
        return None

    def firm(answer: Token) -> bool:
        return answer.lemma_.lower() in ("response", "reply", "answer") and any(
            a.dep_ == "amod" and a.lower_ in lexicon.firm_words for a in answer.children)

    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "meet" or not any(
                c.dep_ == "auxpass" for c in clause.children) or any(c.dep_ == "neg" for c in clause.children) or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children):
            continue  # (not "the attack was met with a decisive response": told, not threatened)
        act = next((s for s in clause.children if s.dep_ == "nsubjpass"), None)
        answers = [o for p in clause.children if p.dep_ in ("prep", "agent") and p.lower_ == "with"
                   for o in p.children if o.dep_ == "pobj"]
        if act is None or not (act.lemma_.lower() in lexicon.hostile_acts or act.lower_ in lexicon.hostile_acts):
            continue
        if any(o.lemma_.lower() in FORCEFUL_ANSWERS for o in answers):
            return act, "138"
        if any(firm(o) for o in answers):
            return act, "130"
    return None


def readied_force(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """The act of force one is "ready to" do: "retaliate" in "ready to retaliate against X", "respond"
    in "fully prepared to respond to X's misadventures"."""
    if token.lemma_.lower() not in ("ready", "prepared", "poised", "capable") or token.dep_ != "acomp":
        return None
    acts = [a for a in token.children if a.dep_ == "xcomp"] + [  # "capable of giving a fitting reply"
        a for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for a in p.children if a.dep_ == "pcomp"]
    return next((act for act in acts if (act.lemma_.lower() in lexicon.violent_verbs or act.lemma_.lower() == "respond" or (
        _fitting_reply(act))) and not any(c.dep_ == "neg" for c in act.children)), None)


SANCTIONS_READIED = {"sanction", "sanctions", "measure", "measures", "penalty", "penalties", "embargo", "tariff", "tariffs"}


def readied_sanctions(token: Token) -> Token | None:
    """The sanctions one is "ready to" weigh or impose: "sanctions" in "ready to consider further sanctions
    against Nicaraguan officials" (a threat of them); not "not ready to lift sanctions"."""
    if token.lemma_.lower() not in ("ready", "prepared", "poised") or token.dep_ != "acomp" or any(
            c.dep_ == "neg" for c in (*token.children, *token.head.children)):
        return None
    acts = [a for a in token.children if a.dep_ == "xcomp" and a.lemma_.lower() in (
        "consider", "impose", "adopt", "introduce", "take", "weigh", "apply", "slap")]
    return next((o for act in acts for o in act.children if o.dep_ == "dobj" and o.lemma_.lower() in SANCTIONS_READIED
                 and (o.lemma_.lower() not in ("measure", "measures") or any(
                     m.lower_ in ("further", "new", "punitive", "restrictive", "additional", "tougher") for m in o.children))),
                None)


def _fitting_reply(act: Token) -> bool:
    """"give a fitting reply", "deliver a befitting response": an answer in kind, a threat of it."""
    return act.lemma_.lower() in ("give", "deliver") and any(
        o.dep_ == "dobj" and o.lemma_.lower() in ("reply", "response", "answer") and any(
            m.lower_ in ("fitting", "befitting", "crushing", "strong", "decisive") for m in o.children) for o in act.children)


KEEPING_VERBS = {"keep", "continue", "intensify", "step", "escalate", "press", "expand", "resume"}
VIOLENT_NOUNS = {"strike", "attack", "offensive", "bombing", "bombardment", "raid", "assault", "airstrike", "war",
                 "shelling", "fighting"}


def warned_to_face(token: Token, entry: TriggerEntry, lexicon: TriggerLexicon) -> Token | None:
    """Who is warned they would face a penalty: "Russia" in "warned that Russia would face massive new
    sanctions from Europe", "warned Iran would pay a heavy price" (a threat, whoever imposes it)."""
    return penalty_faced(token, lexicon) if entry.event_type is EventType.THREATEN else None


DISASTERS = {"flood", "floods", "drought", "earthquake", "pandemic", "crisis", "storm", "cyclone", "disaster", "climate",
             "famine", "heatwave", "recession", "inflation"}


def _of_a_disaster(penalty: Token) -> bool:
    return any(o.lemma_.lower() in DISASTERS or o.lower_ in DISASTERS for p in penalty.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")


def _imposer_named(penalty: Token) -> bool:
    """A penalty (or the verb that faces it) that names who imposes it: "sanctions from Europe", "US
    tariffs", "the EU's response"."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "by") and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
               for c in penalty.children) or any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in penalty.children)


def penalty_faced(token: Token, lexicon: TriggerLexicon) -> Token | None:
    """Who a verb of warning or saying says would face a penalty: "said Colombia would face tariffs"."""
    for clause in token.children:
        # "would have to bear all the consequences": what it would have to do faces them
        obliged = next((x for x in clause.children if x.dep_ == "xcomp"), None) if clause.lemma_.lower() == "have" else None
        facing_verb = obliged if obliged is not None else clause
        if clause.dep_ != "ccomp" or facing_verb.lemma_.lower() not in lexicon.facing_verbs or any(
                n.dep_ == "neg" for n in (*clause.children, *facing_verb.children)):
            continue
        penalties = [o for o in facing_verb.children if o.dep_ == "dobj" and o.lemma_.lower() in lexicon.penalty_nouns
                     and not _of_a_disaster(o)]  # (not "suffer the consequences of the floods")
        if penalties and not any(_imposer_named(p) for p in [*penalties, clause]):  # "face tariffs from the EU"
            facing = next((s for s in clause.children if s.dep_ == "nsubj"), None)
            warned = next((o for o in token.children if o.dep_ in ("dobj", "dative")), None)
            # "warned Caracas that it would face consequences": "it" is the one warned
            return warned if facing is not None and facing.pos_ == "PRON" and warned is not None else facing
    return None


def idle_bystander(act: Token) -> bool:
    """"would not sit idly by", "will not stand idly by": a response promised, said as a refusal to stay out."""
    return act.lemma_.lower() in ("sit", "stand") and any(m.lower_ == "idly" for m in act.children) and any(
        n.dep_ == "neg" for n in act.children)


def retaliation(act: Token, lexicon: TriggerLexicon) -> bool:
    """"would react to any new sanctions", "would give a befitting reply", "would take all necessary
    measures": a response promised to a hostile act (not "would respond to the letter")."""
    def firm(noun: Token) -> bool:  # ("counter-measures", which the parser reads as three words side by side)
        return any(m.lower_ in lexicon.firm_words for m in noun.children if m.dep_ in ("amod", "compound")) or (
            noun.i >= 2 and noun.doc[noun.i - 1].text == "-" and noun.doc[noun.i - 2].lower_ == "counter")

    def hostile_measures(noun: Token) -> bool:  # "countermeasures", "all necessary measures", "resolute action"
        return noun.lemma_.lower() in ("countermeasure", "reprisal", "retaliation") or (
            noun.lemma_.lower() in ("measure", "action", "step") and firm(noun))

    if idle_bystander(act):
        return True
    if act.lemma_.lower() in ("respond", "answer", "react", "retaliate", "reply") and any(
            hostile_measures(o)
            for p in act.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
        return True  # "would respond with counter-measures", "would answer with military measures"
    if act.lemma_.lower() in ("give", "deliver") and any(  # "would give a befitting reply"
            o.dep_ == "dobj" and o.lemma_.lower() in ("reply", "response", "answer", "blow") and firm(o)
            for o in act.children):
        return True
    if any(o.dep_ == "dobj" and hostile_measures(o) for o in act.children):
        return True  # "would take all necessary measures", "would take resolute action"
    if act.lemma_.lower() not in ("respond", "react", "retaliate"):
        return False
    # "would respond to any attack", "would react firmly": not "would respond to the court ruling"
    return any(o.lemma_.lower() in lexicon.hostile_acts or o.lower_ in lexicon.hostile_acts for p in act.children
               if p.dep_ == "prep" and p.lower_ in ("to", "against") for o in p.children if o.dep_ == "pobj") or any(
        m.dep_ == "advmod" and m.lower_ in ("firmly", "decisively", "forcefully", "strongly", "resolutely")
        for m in act.children)
