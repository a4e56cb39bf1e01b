"""Links without tracking parameters, and the article ids read from feed entries and pages."""

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["TRACKING_PARAMETERS", "canonical_link", "entry_article_id"]

TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc",
                       "_hsmi", "ref_src", "cmpid", "ocid", "smid", "sr_share"}


def _is_tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name.lower() in TRACKING_PARAMETERS


def canonical_link(url: str) -> str:
    """The link without campaign and click-tracking parameters, nor a fragment.

    >>> canonical_link("https://example.org/a?id=7&utm_source=rss&utm_medium=feed#top")
    'https://example.org/a?id=7'
    """
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def entry_article_id(guid: str | None, link: str | None) -> str | None:
    """A stable article id: from the entry's guid or id, else from its link without tracking."""
    basis = (guid or "").strip() or (canonical_link(link) if link and link.strip() else "")
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16] if basis else None
