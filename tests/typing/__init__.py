"""Downstream type tests: code a project that pins asielketen would write, checked by mypy --strict."""
