"""Names without their accents, as English texts often write them: "Erdoğan" -> "Erdogan", "Bogotá" -> "Bogota"."""

import unicodedata

__all__ = ["folded"]

# letters that NFKD does not split into a base letter and a mark
UNACCENTED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def folded(surface: str) -> str:
    """The surface without accents."""
    plain = unicodedata.normalize("NFKD", surface.translate(UNACCENTED))
    return "".join(c for c in plain if not unicodedata.combining(c))
