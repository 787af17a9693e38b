"""The version of asielketen (semantic versioning; see docs/stability.md)."""

__version__ = "0.1.0"
