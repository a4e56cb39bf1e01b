"""Text from articles made safe to print: control characters and line breaks are shown, not obeyed."""

import unicodedata

__all__ = ["escape_controls"]

NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# format characters that reorder or hide what a terminal shows (bidirectional overrides and isolates)
BIDI_CONTROLS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escaped(char: str) -> str:
    if char in NAMED:
        return NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in BIDI_CONTROLS


def escape_controls(text: str) -> str:
    """One printable line: newlines, carriage returns, ANSI escapes, U+2028 and the like become
    visible escapes such as `\\n` and `\\x1b`; everything else, accents and quotes included, stays."""
    if text.isprintable():
        return text
    return "".join(_escaped(char) if _is_control(char) else char for char in text)
