"""HTTP layer of the mock: routing, request parsing, replies and the mapping of domain errors."""
