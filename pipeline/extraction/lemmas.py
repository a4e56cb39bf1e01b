"""Lemmas the small English model's rule lemmatizer gets wrong for verbs the extractor reads."""

from spacy.language import Language

__all__ = ["VERB_LEMMAS", "add_verb_lemmas"]

# its suffix rules strip "-ed", "-es" and "-ing" down to another verb: "hoped" -> "hop", "lambasted" -> "lambast"
# (it knows the exceptions would be right, but puts the other verb first)
VERB_LEMMAS = {
    "hope": ["hoped", "hopes", "hoping"],
    "lambaste": ["lambasted", "lambastes", "lambasting"],
    "relist": ["relisted", "relisting"],
}
VERB_TAGS = ["VBD", "VBN", "VBZ", "VBG"]


def add_verb_lemmas(nlp: Language) -> None:
    """Have the attribute ruler give these verb forms their lemma (the rule lemmatizer keeps a lemma
    set before it); nothing for a pipeline without an attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for lemma, forms in VERB_LEMMAS.items():
        ruler.add(patterns=[[{"LOWER": {"IN": forms}, "TAG": {"IN": VERB_TAGS}}]],  # type: ignore[attr-defined]
                  attrs={"LEMMA": lemma})
