"""Measuring the extractor against public gold records."""
