"""The distribution version, in one place with no imports (read by setuptools and the transport)."""

__version__ = "2.11.0.dev0"
