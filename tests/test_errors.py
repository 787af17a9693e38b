"""The error hierarchy: one base, field and value named, all bad fields at once."""

from __future__ import annotations

import inspect

import pytest

from asielketen import errors
from asielketen.errors import AsielketenError, StructureError
from asielketen.gebied import Gemeente, Inwonertal
from asielketen.serialization import from_json, structure


def test_every_error_derives_from_the_base_and_is_documented() -> None:
    classes = [getattr(errors, n) for n in errors.__all__]
    assert all(inspect.isclass(c) and issubclass(c, AsielketenError) for c in classes)
    assert all(c.__doc__ for c in classes)
    assert errors.AsielketenError.__doc__ is not None
    for c in classes:  # every class is in the module docstring's tree
        assert c.__name__ in (errors.__doc__ or "")


def test_structure_reports_all_bad_fields_at_once() -> None:
    bad = {
        "code": 12,
        "naam": "Ergens",
        "provinciecode": "PV20",
        "veiligheidsregiocode": 7,
        "inwoners": [{"peildatum": "2024-02-30", "aantal": "veel", "bron": "x"}],
    }
    with pytest.raises(StructureError) as exc:
        structure(bad, Gemeente, veld="gemeente")
    fouten = exc.value.fouten
    joined = " | ".join(fouten)
    assert len(fouten) == 4, fouten
    for path in (
        "$.code",
        "$.veiligheidsregiocode",
        "$.inwoners[0].peildatum",
        "$.inwoners[0].aantal",
    ):
        assert path in joined
    assert isinstance(exc.value, ValueError) and exc.value.veld == "gemeente"


def test_value_errors_name_field_and_value_once_types_fit() -> None:
    bad = {
        "code": "GM12",
        "naam": "Ergens",
        "provinciecode": "PV20",
        "veiligheidsregiocode": "VR01",
    }
    with pytest.raises(StructureError) as exc:
        structure(bad, Gemeente)
    assert "code='GM12': geen geldige gemeentecode" in str(exc.value)


def test_malformed_json_is_a_structure_error() -> None:
    with pytest.raises(StructureError, match="geen geldige JSON"):
        from_json("{not json", Gemeente)


def test_extra_keys_are_refused() -> None:
    with pytest.raises(StructureError, match="onbekende velden: onbekend @ \\$") as exc:
        structure(
            {
                "code": "GM0001",
                "naam": "X",
                "provinciecode": "PV20",
                "veiligheidsregiocode": "VR01",
                "onbekend": 1,
            },
            Gemeente,
        )
    assert exc.value.tekst("en").endswith("extra fields found: onbekend @ $")


@pytest.mark.parametrize("value", [1.5, True, "1e3", None])
def test_no_silent_number_coercion(value: object) -> None:
    with pytest.raises(StructureError):
        structure({"peildatum": "2024-01-01", "aantal": value, "bron": "x"}, Inwonertal)
