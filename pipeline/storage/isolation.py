"""Write a batch so that one row the database refuses cannot hold back the others: outages are
raised (to be retried), a refused row is set aside with the reason."""

from typing import Callable, TypeVar

from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

__all__ = ["Refused", "describe_failure", "is_outage", "write_isolating"]

T = TypeVar("T")
Refused = list[tuple[T, str]]

OUTAGES = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout, ConnectionError, TimeoutError)


def is_outage(error: BaseException) -> bool:
    """The database could not be reached or was busy: the same write may succeed later.

    Everything else (a value too long, a character refused, a constraint) fails the same way again."""
    return isinstance(error, OUTAGES) or bool(getattr(error, "connection_invalidated", False))


def describe_failure(error: BaseException) -> str:
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0] if lines else ''}"[:1000]


def write_isolating(write: Callable[[list[T]], int], batch: list[T]) -> tuple[int, Refused[T]]:
    """Write the batch at once, or, when it is refused for its content, item by item.

    Returns the number written and the refused items with the reason; an outage is raised."""
    try:
        return write(batch), []
    except Exception as error:
        if is_outage(error):
            raise
        if len(batch) == 1:
            return 0, [(batch[0], describe_failure(error))]
    written, refused = 0, []
    for item in batch:
        try:
            written += write([item])
        except Exception as error:
            if is_outage(error):
                raise
            refused.append((item, describe_failure(error)))
    return written, refused
