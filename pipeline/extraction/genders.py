"""Whether "he" or "she" can mean a person, from how the article itself refers to them."""

from collections import Counter

from spacy.tokens import Doc

from pipeline.extraction.persons import Person

__all__ = ["PRONOUN_GENDERS", "compatible", "guess_genders"]

PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
TITLE_GENDERS = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m", "sheikh": "m",
                 "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "madam": "f", "dame": "f", "queen": "f",
                 "princess": "f", "lady": "f", "baroness": "f"}


def compatible(person: Person, pronoun: str) -> bool:
    """A person may be meant by a pronoun unless the article shows the other gender."""
    gender = PRONOUN_GENDERS.get(pronoun.lower())
    return gender is None or person.gender is None or person.gender == gender


def guess_genders(doc: Doc, person_at: dict[int, Person]) -> None:
    """Set `gender` on the persons the article shows clearly: a title before the name ("Mrs", "Queen"),
    a role ending in "woman", or the pronouns that follow in sentences that name that person alone."""
    votes: dict[int, Counter[str]] = {}
    people = {id(p): p for p in person_at.values()}
    for index, person in person_at.items():
        if index > 0 and person_at.get(index - 1) is not person:
            title = TITLE_GENDERS.get(doc[index - 1].lower_)
            if title:
                votes.setdefault(id(person), Counter())[title] += 2
        if person.role and person.role.lower().endswith("woman"):
            votes.setdefault(id(person), Counter())["f"] += 2
    sentences = list(doc.sents)
    for number, sentence in enumerate(sentences):
        named = {id(person_at[t.i]) for t in sentence if t.i in person_at}
        if len(named) != 1:
            continue
        first = min(t.i for t in sentence if t.i in person_at)
        following = [t for t in sentence if t.i > first]
        if number + 1 < len(sentences) and not any(t.i in person_at for t in sentences[number + 1]):
            following += list(sentences[number + 1])
        counts = Counter(PRONOUN_GENDERS[t.lower_] for t in following if t.lower_ in PRONOUN_GENDERS)
        votes.setdefault(named.pop(), Counter()).update(counts)
    for key, counts in votes.items():
        male, female = counts["m"], counts["f"]
        if male >= 2 * female and male:
            people[key].gender = "m"
        elif female >= 2 * male and female:
            people[key].gender = "f"
