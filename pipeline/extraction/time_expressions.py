"""Time expressions the small model's NER misses, tagged DATE after it: "nearly two years ago", "hours earlier"."""

from spacy.language import Language

__all__ = ["add_time_expressions"]

NUMBER_WORDS = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
HEDGES = ["nearly", "almost", "about", "some", "roughly", "around", "over", "just"]

PATTERNS = [
    # "nearly two years ago", "three weeks ago", "more than a year ago"
    [{"LOWER": {"IN": HEDGES}, "OP": "?"}, {"LOWER": {"IN": NUMBER_WORDS}}, {"LOWER": {"IN": UNITS}}, {"LOWER": "ago"}],
    [{"LOWER": {"IN": HEDGES}, "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": UNITS}}, {"LOWER": "ago"}],
    [{"LOWER": "more"}, {"LOWER": "than"}, {"LOWER": {"IN": NUMBER_WORDS}}, {"LOWER": {"IN": UNITS}}, {"LOWER": "ago"}],
    # "earlier this month", "later this year", "last week"
    [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "this"}, {"LOWER": {"IN": ["week", "month", "year"]}}],
    [{"LOWER": {"IN": ["last", "next", "this"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}],
    # expressions that point back to the day said before: "hours earlier", "the following day"
    [{"LOWER": "hours"}, {"LOWER": {"IN": ["earlier", "later"]}}],
    [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": "that"}, {"LOWER": {"IN": ["day", "morning", "evening", "night"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "same"]}}, {"LOWER": "day"}],
    [{"LOWER": "the"}, {"LOWER": "day"}, {"LOWER": {"IN": ["after", "before"]}}],
    [{"LOWER": {"IN": NUMBER_WORDS}}, {"LOWER": {"IN": ["day", "days"]}}, {"LOWER": {"IN": ["later", "earlier"]}}],
]


def add_time_expressions(nlp: Language) -> None:
    """Put an entity ruler after the NER that tags these expressions DATE where the NER left them
    untagged; a longer date the NER found ("the last week of October") is kept whole."""
    if "time_expressions" in nlp.pipe_names or "ner" not in nlp.pipe_names:
        return
    ruler = nlp.add_pipe("entity_ruler", name="time_expressions", after="ner")
    ruler.add_patterns([{"label": "DATE", "pattern": pattern} for pattern in PATTERNS])  # type: ignore[attr-defined]
