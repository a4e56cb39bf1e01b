"""Event extraction: pure code over spaCy that turns article text into diplomatic events."""
