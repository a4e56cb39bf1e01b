"""Find quotations in text, with curly or straight quotation marks."""

import re

__all__ = ["quote_spans"]

# ‘single’ quotes only when the closing mark is not an apostrophe inside a word ("Iran’s")
_PATTERNS = [
    re.compile(r"“[^”]+”"),
    re.compile(r'"[^"\n]+"'),
    re.compile(r"(?<!\w)‘[^‘\n]+?’(?!\w)"),
]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end exclusive) of quotations, quotation marks included.

    >>> quote_spans('He said: “We agree.” Then "no".')
    [(9, 20), (26, 30)]
    """
    spans = [(m.start(), m.end()) for pattern in _PATTERNS for m in pattern.finditer(text)]
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept
