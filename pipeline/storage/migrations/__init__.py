"""Alembic migrations of the demarche database."""
