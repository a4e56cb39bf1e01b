"""Reading JSON lines from a file or standard input, with line numbers for messages."""

import sys
from pathlib import Path
from typing import Iterator

__all__ = ["numbered_lines"]


def numbered_lines(source: str) -> Iterator[tuple[str, int, bytes]]:
    """(name, line number, raw line) for each non-blank line of FILE, or of stdin for "-"."""
    if source == "-":
        name, stream = "<stdin>", sys.stdin.buffer
    else:
        name, stream = source, open(Path(source), "rb")
    try:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield name, number, line.rstrip(b"\r\n")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
