"""Secrets kept out of what demarche prints: URLs with the password masked, messages scrubbed of it."""

import re
from urllib.parse import unquote

__all__ = ["mask_url", "redact"]

MASK = "***"
# scheme://user:password@host, also when the rest of the URL would not parse
CREDENTIALS = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@]*:)(?P<password>.*)@(?P<tail>[^@]*)$")


def _password(url: str) -> str | None:
    match = CREDENTIALS.match(url)
    return match.group("password") if match and match.group("password") else None


def mask_url(url: str) -> str:
    """`postgresql://demarche:***@db:5432/events` for `postgresql://demarche:s3cret@db:5432/events`."""
    match = CREDENTIALS.match(url)
    if not match or not match.group("password"):
        return url
    return f"{match.group('head')}{MASK}@{match.group('tail')}"


def redact(text: str, url: str) -> str:
    """The text with the URL masked and its password, in any spelling, replaced by ***."""
    text = text.replace(url, mask_url(url))
    password = _password(url)
    if password:
        for spelling in {password, unquote(password)}:
            text = text.replace(spelling, MASK)
    return text
