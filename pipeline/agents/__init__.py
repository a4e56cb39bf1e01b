"""The stream agents: extract, enrich, route, and the storage and alert sinks."""
