"""`python -m pipeline.healthcheck`: exit 0 when the local worker's /health answers ok (for container probes)."""

import sys
import urllib.error
import urllib.request

from pipeline.settings import Settings

__all__ = ["check", "health_url"]


def health_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.web_host in ("0.0.0.0", "::", "") else settings.web_host
    return f"http://{host}:{settings.web_port}/health"


def check(url: str, timeout: float = 5.0) -> tuple[bool, str]:
    """Whether the worker is healthy, and what it said (or why it could not be asked)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return True, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return False, error.read().decode("utf-8", "replace")
    except OSError as error:
        return False, f"{url}: {error}"


def main() -> int:
    healthy, said = check(health_url(Settings()))
    print(said)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
