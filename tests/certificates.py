"""TLS material for the test broker, made with openssl: a CA, the broker's keystore, a client certificate."""

import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TlsMaterial", "make_tls_material"]


@dataclass(frozen=True)
class TlsMaterial:
    ca: Path               # PEM: the CA that signed the broker and the client
    keystore: Path         # PKCS12: the broker's key and certificate chain
    keystore_password: str
    client_cert: Path      # PEM
    client_key: Path       # PEM, unencrypted


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True)


def _signed(directory: Path, name: str, subject: str, extensions: str) -> tuple[Path, Path]:
    key, request, cert = directory / f"{name}.key", directory / f"{name}.csr", directory / f"{name}.pem"
    extfile = directory / f"{name}.ext"
    extfile.write_text(extensions + "\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(request), "-subj", subject)
    _openssl("x509", "-req", "-in", str(request), "-CA", str(directory / "ca.pem"), "-CAkey", str(directory / "ca.key"),
             "-CAcreateserial", "-out", str(cert), "-days", "2", "-extfile", str(extfile))
    return cert, key


def make_tls_material(directory: Path) -> TlsMaterial:
    directory.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(directory / "ca.key"),
             "-out", str(directory / "ca.pem"), "-days", "2", "-subj", "/CN=demarche test CA")
    broker_cert, broker_key = _signed(directory, "broker", "/CN=127.0.0.1",
                                      "subjectAltName=IP:127.0.0.1,DNS:localhost")
    client_cert, client_key = _signed(directory, "client", "/CN=demarche-client", "extendedKeyUsage=clientAuth")
    password = secrets.token_hex(12)
    keystore = directory / "broker.p12"
    _openssl("pkcs12", "-export", "-in", str(broker_cert), "-inkey", str(broker_key), "-certfile",
             str(directory / "ca.pem"), "-name", "broker", "-out", str(keystore), "-passout", f"pass:{password}")
    return TlsMaterial(directory / "ca.pem", keystore, password, client_cert, client_key)
