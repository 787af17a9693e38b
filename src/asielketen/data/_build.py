"""Rebuild the derived data files and the manifest's sha256 sums (maintainers only).

``python -m asielketen.data._build RAW_CSV`` rewrites ``gemeenten.csv`` and ``provincies.csv`` from
the verbatim CBS export and updates every sha256 in ``manifest.json``; ``--check`` only reports
differences. The derivation is also run by the test suite, so the shipped files provably come
from the raw export (``../shared/data/raw/cbs_gebieden_in_nederland_2024.csv``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections import defaultdict
from pathlib import Path

from ..taal import bericht

__all__ = ["GEMEENTEN_KOLOMMEN", "derive_gemeenten", "derive_provincies", "sha256_of"]

DATA_DIR = Path(__file__).parent

#: Columns of the raw CBS export and the names they get in ``gemeenten.csv``.
GEMEENTEN_KOLOMMEN: dict[str, str] = {
    "Code_1": "gemeentecode",
    "Naam_2": "gemeentenaam",
    "Code_26": "provinciecode",
    "Naam_27": "provincienaam",
    "Code_46": "veiligheidsregiocode",
    "Naam_47": "veiligheidsregionaam",
    "Code_52": "stedelijkheid",
    "Inwonertal_54": "inwoners_2024_01_01",
}


def derive_gemeenten(raw: bytes) -> bytes:
    """``gemeenten.csv`` from the raw CBS export: the named columns, trimmed, sorted by code."""
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";")
    header = [h.strip() for h in next(reader)]
    index = [header.index(col) for col in GEMEENTEN_KOLOMMEN]
    rows = sorted(([row[i].strip() for i in index] for row in reader if row), key=lambda r: r[0])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(GEMEENTEN_KOLOMMEN.values())
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def derive_provincies(gemeenten: bytes) -> bytes:
    """``provincies.csv``: the sum of ``gemeenten.csv`` by province (count and inhabitants)."""
    per: dict[str, list[object]] = defaultdict(lambda: ["", 0, 0])
    for row in csv.DictReader(io.StringIO(gemeenten.decode("utf-8"))):
        p = per[row["provinciecode"]]
        p[0] = row["provincienaam"]
        p[1] = int(str(p[1])) + 1
        p[2] = int(str(p[2])) + int(row["inwoners_2024_01_01"])
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["provinciecode", "provincienaam", "aantal_gemeenten", "inwoners_2024_01_01"])
    for code in sorted(per):
        writer.writerow([code, *per[code]])
    return out.getvalue().encode("utf-8")


def sha256_of(data: bytes) -> str:
    """The hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str]) -> int:  # pragma: no cover - maintainer tool
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if args:
        gemeenten = derive_gemeenten(Path(args[0]).read_bytes())
        derived = {"gemeenten.csv": gemeenten, "provincies.csv": derive_provincies(gemeenten)}
        for name, data in derived.items():
            if (DATA_DIR / name).read_bytes() != data:
                print(bericht("data.build_afwijking", naam=name))
                if not check:
                    (DATA_DIR / name).write_bytes(data)
    manifest_path = DATA_DIR / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for name, entry in manifest["bestanden"].items():
        digest = sha256_of((DATA_DIR / name).read_bytes())
        if entry.get("sha256") != digest:
            print(bericht("data.build_sha256", naam=name, oud=entry.get("sha256"), nieuw=digest))
            entry["sha256"] = digest
    if not check:
        text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
        manifest_path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
