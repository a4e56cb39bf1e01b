"""Enrichment across articles: which reports are of the same real-world event."""
