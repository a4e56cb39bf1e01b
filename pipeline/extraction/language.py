"""Whether an article is English, which is the only language demarche extracts events from."""

import re

from pipeline.models import Article

__all__ = ["language_problem"]

# English function words: in English news about a third of all words, in other languages almost none
FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was were said by it at from has have be are this an "
    "which not but its their after who will would had been also".split()
)
WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30  # uncapitalised words; fewer are too few to judge, so only the declared language counts
MIN_SHARE = 0.08


def language_problem(article: Article) -> str | None:
    """Why the article is skipped ("language 'de' is not English"), or None for English text."""
    declared = (article.language or "en").strip().lower()
    if not declared.startswith("en"):
        return f"language {declared!r} is not English; demarche extracts events from English text only"
    # names are no evidence either way ("Albania, Algeria, … condemned"): count the other words
    words = [w for w in WORD.findall(article.text) if not w[:1].isupper()]
    if len(words) >= MIN_WORDS:
        share = sum(w in FUNCTION_WORDS for w in words) / len(words)
        if share < MIN_SHARE:
            return (f"the text does not read as English ({share:.0%} English function words in {len(words)}) "
                    "although its language is given as English")
    return None
