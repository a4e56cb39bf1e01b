"""Start, stop and inspect a local Kafka broker: jars from Maven, storage formatted once, one JVM."""

import base64
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from pipeline.broker.config import LOG4J2_PROPERTIES, READY_LINE, server_properties

__all__ = ["BrokerError", "BrokerStatus", "LocalBroker"]

POM = Path(__file__).with_name("pom.xml")
KAFKA_VERSION = re.search(r"<kafka.version>([^<]+)</kafka.version>", POM.read_text()).group(1)  # type: ignore[union-attr]
JVM_OPTIONS = ["-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-Djava.awt.headless=true"]


class BrokerError(RuntimeError):
    """The broker could not be fetched, formatted or started."""


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    bootstrap: str


def port_is_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LocalBroker:
    """One broker process whose config, data, log and pid file live under `home`."""

    def __init__(self, home: Path, port: int = 9092, controller_port: int = 9093, libs: Path | None = None):
        self.home = home
        self.port = port
        self.controller_port = controller_port
        self.libs = libs or home / "libs" / KAFKA_VERSION
        self.data_dir = home / "data"
        self.log_path = home / "broker.log"
        self.pid_path = home / "broker.pid"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def fetch_jars(self) -> Path:
        """Copy the broker's runtime jars from Maven Central (or the local Maven cache) once."""
        if (self.libs / f"kafka_2.13-{KAFKA_VERSION}.jar").exists():
            return self.libs
        if shutil.which("mvn") is None:
            raise BrokerError("mvn is not on PATH; install Maven 3.8+ to fetch the Kafka jars")
        self.libs.mkdir(parents=True, exist_ok=True)
        command = [
            "mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
            "-DincludeScope=runtime", f"-DoutputDirectory={self.libs}",
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or not (self.libs / f"kafka_2.13-{KAFKA_VERSION}.jar").exists():
            raise BrokerError(f"fetching the Kafka jars failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
        return self.libs

    def _java(self, main: str, *args: str) -> list[str]:
        log4j = f"-Dlog4j2.configurationFile={self.home / 'log4j2.properties'}"
        return ["java", *JVM_OPTIONS, log4j, "-cp", f"{self.libs}/*", main, *args]

    def _write_config(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        config = self.home / "server.properties"
        config.write_text(server_properties(self.port, self.controller_port, self.data_dir))
        (self.home / "log4j2.properties").write_text(LOG4J2_PROPERTIES)
        return config

    def _format_storage(self, config: Path) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        cluster_id = "-"
        while cluster_id.startswith("-"):  # as Kafka's own ids: one starting with "-" reads as an option
            cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        command = self._java("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config))
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise BrokerError(f"formatting the broker storage failed:\n{result.stdout}{result.stderr}")

    def read_pid(self) -> int | None:
        try:
            pid = int(self.pid_path.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        return pid

    def status(self) -> BrokerStatus:
        pid = self.read_pid()
        return BrokerStatus(pid is not None and port_is_open(self.port), pid, self.bootstrap)

    def start(self, timeout: float = 90.0) -> BrokerStatus:
        """Start the broker unless it runs already, and wait until it says it has started."""
        current = self.status()
        if current.running:
            return current
        if port_is_open(self.port):
            raise BrokerError(f"port {self.port} is taken by another process; set DEMARCHE_BROKER_PORT")
        self.fetch_jars()
        config = self._write_config()
        self._format_storage(config)
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        with open(self.log_path, "ab") as log:
            process = subprocess.Popen(
                self._java("kafka.Kafka", str(config)),
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
            )
        self.pid_path.write_text(str(process.pid))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise BrokerError(f"the broker exited with {process.returncode}:\n{self._log_tail(log_offset)}")
            if READY_LINE in self._log_tail(log_offset, limit=None) and port_is_open(self.port):
                return self.status()
            time.sleep(0.25)
        self.stop()
        raise BrokerError(f"the broker did not start within {timeout:.0f}s:\n{self._log_tail(log_offset)}")

    def _log_tail(self, offset: int, limit: int | None = 4000) -> str:
        with open(self.log_path, "rb") as log:
            log.seek(offset)
            text = log.read().decode("utf-8", "replace")
        return text if limit is None else text[-limit:]

    def stop(self, timeout: float = 30.0) -> bool:
        """Ask the broker for a controlled shutdown; kill it if it does not go. True if one ran."""
        pid = self.read_pid()
        if pid is None:
            self.pid_path.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.read_pid() is not None:
            _reap(pid)
            time.sleep(0.2)
        if self.read_pid() is not None:
            os.kill(pid, signal.SIGKILL)
            _reap(pid)
        self.pid_path.unlink(missing_ok=True)
        return True


def _reap(pid: int) -> None:
    """Collect our own child's exit status so that it does not linger as a zombie."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
