"""The app's faust topic: demarche's headers on every message, and no error for a send a stop cancelled."""

import asyncio
from typing import Any, MutableMapping

import faust
from faust.types import FutureMessage, ProducerT

from pipeline.headers import message_headers

__all__ = ["HeadedTopic"]


class HeadedTopic(faust.Topic):
    """The topic class of the app (`faust.App(Topic=HeadedTopic)`): agents send through it unchanged."""

    def prepare_headers(self, headers: Any) -> Any:
        prepared = super().prepare_headers(headers)
        if isinstance(prepared, MutableMapping):
            for name, value in message_headers():
                prepared.setdefault(name, value)
            return prepared
        pairs: list[tuple[str, bytes]] = list(prepared or [])
        present = {name for name, _value in pairs}
        return pairs + [(name, value) for name, value in message_headers() if name not in present]

    def _on_published(self, fut: asyncio.Future, message: FutureMessage, producer: ProducerT, state: Any) -> None:
        """faust's callback when the broker has a message; a send cancelled because the worker stops
        (its transaction is aborted, its input read again) cancels the message instead of logging a
        CancelledError traceback as an ERROR for each one."""
        if fut.cancelled():
            message.cancel()
            return
        super()._on_published(fut, message, producer, state)
