"""SDK tests: a package, so its conftest and helpers never shadow the top-level tests/conftest.py."""
