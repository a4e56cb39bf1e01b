"""The stream agents: extract, enrich (which also routes each event to its type's topic), and the storage and alert sinks."""
