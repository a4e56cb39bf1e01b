"""Counts as people write them: "1 article", "2 articles"."""

__all__ = ["counted"]


def counted(number: int, noun: str) -> str:
    """The number and the noun, plural unless the number is one (`counted(1, "event")` is "1 event")."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
