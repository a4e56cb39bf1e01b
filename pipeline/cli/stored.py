"""The stored events as the commands that only read them open them: `events`, `stats`, `actors`."""

import sys
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from pipeline.environment import DatabaseSettings
    from pipeline.settings import Settings
    from pipeline.storage.reading import EventReads

__all__ = ["stored_reads"]


@contextmanager
def stored_reads(settings: "Settings | DatabaseSettings", command: str) -> "Iterator[EventReads | None]":
    """The stored events, read on the database driver alone when it can (SQLAlchemy takes longer to
    load than the rest of the command); None, said on stderr, when no database exists yet."""
    from pipeline.storage.direct import reading
    from pipeline.storage.errors import NoDatabase

    with ExitStack() as stack:
        try:
            store = stack.enter_context(reading(settings.database_url))
        except NoDatabase as error:
            print(f"demarche {command}: {error}", file=sys.stderr)
            store = None
        yield store
