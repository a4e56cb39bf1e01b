"""How to reach a Kafka cluster: bootstrap servers, security protocol, SASL and TLS, for every client."""

import ssl
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr, model_validator

__all__ = ["KafkaConnection", "SaslMechanism", "SecurityProtocol", "as_connection"]


class SecurityProtocol(str, Enum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"


class SaslMechanism(str, Enum):
    PLAIN = "PLAIN"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    SCRAM_SHA_512 = "SCRAM-SHA-512"


class KafkaConnection(BaseModel):
    """One cluster as every client library sees it; the password is a SecretStr and never shown."""

    model_config = ConfigDict(frozen=True)

    bootstrap: str
    security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    sasl_mechanism: SaslMechanism = SaslMechanism.PLAIN
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    ssl_check_hostname: bool = True

    @model_validator(mode="after")
    def _complete(self) -> "KafkaConnection":
        if self.uses_sasl and (not self.sasl_username or self.sasl_password is None):
            raise ValueError(f"{self.security_protocol.value} needs DEMARCHE_KAFKA_SASL_USERNAME and "
                             "DEMARCHE_KAFKA_SASL_PASSWORD")
        if (self.ssl_certfile is None) != (self.ssl_keyfile is None):
            raise ValueError("a client certificate needs both DEMARCHE_KAFKA_SSL_CERTFILE and DEMARCHE_KAFKA_SSL_KEYFILE")
        return self

    @property
    def uses_sasl(self) -> bool:
        return self.security_protocol in (SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL)

    @property
    def uses_tls(self) -> bool:
        return self.security_protocol in (SecurityProtocol.SSL, SecurityProtocol.SASL_SSL)

    @property
    def servers(self) -> list[str]:
        return [server.strip() for server in self.bootstrap.split(",") if server.strip()]

    def describe(self) -> str:
        """Where and how, for messages: `broker:9093 (SASL_SSL, SCRAM-SHA-512 as demarche)`; no secret."""
        how = self.security_protocol.value
        if self.uses_sasl:
            how += f", {self.sasl_mechanism.value} as {self.sasl_username}"
        return self.bootstrap if how == "PLAINTEXT" else f"{self.bootstrap} ({how})"

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context faust and aiokafka use; the files are read now, so a bad one fails early."""
        if not self.uses_tls:
            return None
        context = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
        if self.ssl_certfile and self.ssl_keyfile:
            context.load_cert_chain(str(self.ssl_certfile), str(self.ssl_keyfile))
        context.check_hostname = self.ssl_check_hostname
        return context

    def faust_credentials(self) -> Any:
        """What faust's `broker_credentials` takes: SASL credentials, a TLS context, or None."""
        import faust

        context = self.ssl_context()
        if self.uses_sasl:
            assert self.sasl_password is not None
            return faust.SASLCredentials(username=self.sasl_username, password=self.sasl_password.get_secret_value(),
                                         ssl_context=context, mechanism=self.sasl_mechanism.value)
        return context

    def aiokafka_options(self) -> dict[str, Any]:
        """The security keyword arguments of aiokafka's clients (faust passes the same from its credentials)."""
        options: dict[str, Any] = {"security_protocol": self.security_protocol.value, "ssl_context": self.ssl_context()}
        if self.uses_sasl:
            assert self.sasl_password is not None
            options.update(sasl_mechanism=self.sasl_mechanism.value, sasl_plain_username=self.sasl_username,
                           sasl_plain_password=self.sasl_password.get_secret_value())
        return options

    def kafka_python_options(self) -> dict[str, Any]:
        """The security keyword arguments of kafka-python's producer, consumer and admin client."""
        options: dict[str, Any] = {"security_protocol": self.security_protocol.value}
        if self.uses_sasl:
            assert self.sasl_password is not None
            options.update(sasl_mechanism=self.sasl_mechanism.value, sasl_plain_username=self.sasl_username,
                           sasl_plain_password=self.sasl_password.get_secret_value())
        if self.uses_tls:
            options.update(ssl_check_hostname=self.ssl_check_hostname,
                           ssl_cafile=str(self.ssl_cafile) if self.ssl_cafile else None,
                           ssl_certfile=str(self.ssl_certfile) if self.ssl_certfile else None,
                           ssl_keyfile=str(self.ssl_keyfile) if self.ssl_keyfile else None)
        return options


def as_connection(target: "KafkaConnection | str") -> KafkaConnection:
    """A bare `host:port` string is a plaintext connection."""
    return target if isinstance(target, KafkaConnection) else KafkaConnection(bootstrap=target)
