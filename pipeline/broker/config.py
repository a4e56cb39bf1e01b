"""The broker's server.properties and log4j2 configuration, rendered from ports and a data dir."""

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SecureListener", "server_properties", "scram_arguments", "LOG4J2_PROPERTIES", "READY_LINE"]

SCRAM_MECHANISMS = ("SCRAM-SHA-256", "SCRAM-SHA-512")

READY_LINE = "Kafka Server started"

LOG4J2_PROPERTIES = """\
status = warn
name = DemarcheBroker
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = warn
rootLogger.appenderRef.stdout.ref = STDOUT
logger.raftserver.name = kafka.server.KafkaRaftServer
logger.raftserver.level = info
"""


@dataclass(frozen=True)
class SecureListener:
    """A second, SASL_SSL listener: TLS from a PKCS12 keystore, SASL users with SCRAM and PLAIN;
    with a trusted CA (PEM), clients must also show a certificate it signed."""

    port: int
    keystore: Path
    keystore_password: str
    users: dict[str, str] = field(default_factory=dict)
    client_ca: Path | None = None

    def properties(self) -> str:
        prefix = "listener.name.sasl_ssl"
        plain_users = " ".join(f'user_{name}="{password}"' for name, password in self.users.items())
        lines = [
            "sasl.enabled.mechanisms=PLAIN," + ",".join(SCRAM_MECHANISMS),
            *(f"{prefix}.{m.lower()}.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;"
              for m in SCRAM_MECHANISMS),
            f"{prefix}.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required {plain_users};",
            f"{prefix}.ssl.keystore.type=PKCS12",
            f"{prefix}.ssl.keystore.location={self.keystore}",
            f"{prefix}.ssl.keystore.password={self.keystore_password}",
        ]
        if self.client_ca is not None:
            lines += [f"{prefix}.ssl.client.auth=required", f"{prefix}.ssl.truststore.type=PEM",
                      f"{prefix}.ssl.truststore.location={self.client_ca}"]
        return "\n".join(lines) + "\n"


def scram_arguments(listener: SecureListener | None) -> list[str]:
    """The storage tool's `--add-scram` arguments that give each user SCRAM credentials at format time."""
    if listener is None:
        return []
    return [argument for name, password in listener.users.items() for mechanism in SCRAM_MECHANISMS
            for argument in ("--add-scram", f"{mechanism}=[name={name},password={password}]")]


def server_properties(port: int, controller_port: int, data_dir: Path, secure: SecureListener | None = None) -> str:
    """A single combined broker and controller on 127.0.0.1 with a static KRaft quorum; plaintext, and
    SASL_SSL too when a secure listener is given."""
    listeners = f"PLAINTEXT://127.0.0.1:{port}" + (f",SASL_SSL://127.0.0.1:{secure.port}" if secure else "")
    protocols = "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT" + (",SASL_SSL:SASL_SSL" if secure else "")
    return f"""\
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners={listeners},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners={listeners}
listener.security.protocol.map={protocols}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs={data_dir}
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
auto.create.topics.enable=true
num.partitions=1
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
log.segment.bytes=16777216
""" + (secure.properties() if secure else "")
