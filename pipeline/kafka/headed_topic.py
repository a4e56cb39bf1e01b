"""A faust topic whose every message carries demarche's headers (content type, schema version)."""

from typing import Any, MutableMapping

import faust

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
