"""The DEMARCHE_* variables of the environment and of the `.env` file, read as Settings reads them
but without pydantic-settings, so that commands that only read the database start sooner."""

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

__all__ = ["PREFIX", "TEST_VARIABLES", "DEFAULT_DATABASE_URL", "DatabaseSettings", "demarche_variables",
           "database_settings"]

PREFIX = "DEMARCHE_"
# read by the test suite, not by demarche itself
TEST_VARIABLES = {"DEMARCHE_TEST_POSTGRES_URL", "DEMARCHE_SHARED_DIR", "DEMARCHE_BROKER_LIBS"}
DEFAULT_DATABASE_URL = "sqlite:///demarche.db"


@dataclass(frozen=True)
class DatabaseSettings:
    """All the settings of a command that only reads the database."""

    database_url: str = DEFAULT_DATABASE_URL


def demarche_variables(environ: Mapping[str, str] = os.environ, env_file: Path = Path(".env")) -> dict[str, str]:
    """Every DEMARCHE_* variable by its name in capitals (Settings ignores the case), the
    environment's value over the `.env` file's."""
    found: dict[str, str] = {}
    if env_file.is_file():
        from dotenv import dotenv_values

        found.update((name.upper(), value) for name, value in dotenv_values(env_file).items() if value is not None)
    found.update((name.upper(), value) for name, value in environ.items())
    return {name: value for name, value in found.items() if name.startswith(PREFIX)}


def database_settings(environ: Mapping[str, str] = os.environ, env_file: Path = Path(".env")) -> DatabaseSettings | None:
    """The database URL as Settings would give it, when no other setting is set; None otherwise,
    so that Settings checks the others (and names any that is misspelt)."""
    variables = demarche_variables(environ, env_file)
    if set(variables) - TEST_VARIABLES - {"DEMARCHE_DATABASE_URL"}:
        return None
    return DatabaseSettings(variables.get("DEMARCHE_DATABASE_URL", DEFAULT_DATABASE_URL))
