"""Every route of the endpoint catalog (and its aliases) is served for its program type."""

from __future__ import annotations

import re

from partnero_mock.domain.program import ProgramType
from partnero_mock.http.routes import build_route_table

from tests import catalog


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "sample_value", path)


def test_every_catalog_entry_is_routed() -> None:
    table = build_route_table()
    missing = []
    for entry in catalog.route_entries():
        program_type = ProgramType(entry["program"])
        for path in [entry["path"], *(entry.get("aliases") or [])]:
            match = table.resolve(concrete(path), program_type)
            if match is None or entry["method"] not in match.routes:
                missing.append((entry["program"], entry["method"], path))
            elif match.template != path:
                missing.append((entry["program"], entry["method"], path, "matched", match.template))
    assert missing == []


def test_no_route_beyond_the_catalog() -> None:
    documented = catalog.routes()
    served = {
        (program.value, route.method, route.template)
        for route in build_route_table().routes()
        for program in route.programs
    }
    assert served == documented
