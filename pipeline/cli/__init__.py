"""The `demarche` command line."""
