"""In-memory domain model of the Partnero mock: programs, their records and the rules between them.

Nothing in this package knows about HTTP. Operations raise the errors of :mod:`.errors`, which the
HTTP layer turns into status codes.
"""
