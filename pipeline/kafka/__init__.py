"""Plain Kafka clients (kafka-python) for the CLI and tests: admin, producer, consumer."""
