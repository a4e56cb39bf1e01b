"""demarche: news articles in, structured diplomatic events out."""

__all__ = ["__version__"]

__version__ = "0.1.0"
