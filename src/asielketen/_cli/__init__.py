"""Subcommands of the ``asielketen`` command line, one module each (private).

Each module defines ``add_parser(sub)`` which adds its subparser and sets ``func`` to a handler
``(args) -> int``. Handlers import what they need inside, so building the parser stays fast.
"""
