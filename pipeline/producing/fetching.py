"""Fetching a feed or a page over HTTP(S), with a timeout, a size cap and errors in one line."""

import urllib.error
import urllib.request
from dataclasses import dataclass

__all__ = ["Fetched", "FetchError", "fetch", "is_url"]

MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024
USER_AGENT = "demarche news reader"


class FetchError(OSError):
    """The URL could not be read; the message says why."""


@dataclass(frozen=True)
class Fetched:
    url: str
    content_type: str
    content: bytes


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = 30.0) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content = response.read(MAX_DOWNLOAD_BYTES + 1)
            if len(content) > MAX_DOWNLOAD_BYTES:
                raise FetchError(f"cannot read {url}: more than {MAX_DOWNLOAD_BYTES:,} bytes")
            return Fetched(response.geturl(), response.headers.get_content_type().lower(), content)
    except urllib.error.HTTPError as error:
        raise FetchError(f"cannot read {url}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(f"cannot read {url}: {reason}") from None
