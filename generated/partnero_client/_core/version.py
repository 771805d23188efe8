"""The distribution version, set in pyproject.toml."""

__version__ = "0.1.0"
