"""The machinery behind :mod:`asielketen.schema` (private).

* :mod:`.index` — the public entities and rule results by name, from the ``__all__`` of the public
  modules (which :mod:`asielketen.schema` finds and hands over);
* :mod:`.bouwer` — one JSON Schema from a type: attrs classes, enums, unions, arrays and mappings,
  the sources' union told apart by ``"soort"``;
* :mod:`.definitie` — where a class is defined (also a public class whose ``__module__`` names its
  package): its field docstrings and type hints.
"""
