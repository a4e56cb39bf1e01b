import ssl
from pathlib import Path

import faust
import pytest
from pydantic import ValidationError

from pipeline.kafka.security import KafkaConnection, as_connection
from pipeline.settings import Settings


def secured(**overrides: object) -> Settings:
    values = dict(kafka_bootstrap_servers="kafka-1:9094,kafka-2:9094", kafka_security_protocol="SASL_SSL",
                  kafka_sasl_mechanism="SCRAM-SHA-512", kafka_sasl_username="demarche",
                  kafka_sasl_password="correct horse battery staple")
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def test_a_bare_address_is_a_plaintext_connection():
    connection = as_connection("127.0.0.1:9092")
    assert connection.kafka_python_options() == {"security_protocol": "PLAINTEXT"}
    assert connection.faust_credentials() is None


def test_kafka_python_gets_the_protocol_mechanism_credentials_and_tls_files():
    options = secured(kafka_ssl_cafile="/etc/kafka/ca.pem").kafka.kafka_python_options()
    assert options == {
        "security_protocol": "SASL_SSL", "sasl_mechanism": "SCRAM-SHA-512", "sasl_plain_username": "demarche",
        "sasl_plain_password": "correct horse battery staple", "ssl_check_hostname": True,
        "ssl_cafile": "/etc/kafka/ca.pem", "ssl_certfile": None, "ssl_keyfile": None,
    }


def test_faust_gets_sasl_credentials_with_a_tls_context():
    credentials = secured().kafka.faust_credentials()
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.protocol.value, credentials.mechanism.value) == ("SASL_SSL", "SCRAM-SHA-512")
    assert credentials.password == "correct horse battery staple"
    assert isinstance(credentials.ssl_context, ssl.SSLContext)


def test_plain_tls_gives_faust_a_context_that_checks_the_hostname():
    context = Settings(kafka_security_protocol="SSL").kafka.faust_credentials()  # type: ignore[arg-type]
    assert isinstance(context, ssl.SSLContext) and context.check_hostname


def test_the_password_is_never_in_the_settings_repr_or_the_description():
    settings = secured()
    for shown in (repr(settings), str(settings), repr(settings.kafka), settings.kafka.describe()):
        assert "correct horse" not in shown
    assert settings.kafka.describe() == "kafka-1:9094,kafka-2:9094 (SASL_SSL, SCRAM-SHA-512 as demarche)"


def test_sasl_without_a_password_is_refused():
    with pytest.raises(ValidationError, match="needs DEMARCHE_KAFKA_SASL_USERNAME and DEMARCHE_KAFKA_SASL_PASSWORD"):
        Settings(kafka_security_protocol="SASL_PLAINTEXT", kafka_sasl_username="demarche")  # type: ignore[arg-type]


def test_a_client_certificate_needs_its_key():
    with pytest.raises(ValueError, match="both DEMARCHE_KAFKA_SSL_CERTFILE and DEMARCHE_KAFKA_SSL_KEYFILE"):
        KafkaConnection(bootstrap="b:9093", security_protocol="SSL", ssl_certfile=Path("/c.pem"))  # type: ignore[arg-type]


def test_an_unknown_mechanism_is_refused():
    with pytest.raises(ValidationError):
        secured(kafka_sasl_mechanism="GSSAPI")


def test_security_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DEMARCHE_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("DEMARCHE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-256")
    monkeypatch.setenv("DEMARCHE_KAFKA_SASL_USERNAME", "reader")
    monkeypatch.setenv("DEMARCHE_KAFKA_SASL_PASSWORD", "from-the-environment")
    monkeypatch.setenv("DEMARCHE_TOPIC_REPLICATION_FACTOR", "3")
    settings = Settings()
    assert settings.kafka.kafka_python_options()["sasl_plain_password"] == "from-the-environment"
    assert settings.kafka.sasl_mechanism.value == "SCRAM-SHA-256"
    assert settings.topic_replication_factor == 3
