"""Jinja compiles each template once per process, not once per program view.

openapi-python-client gives every view's Project its own Jinja environment, so each of the ~30
templates was parsed and compiled three times (about a fifth of the render). The environments
are configured alike, so the compiled code of one is valid in the others; Jinja still checks each
template's source checksum before reusing its code. Nothing is written to disk: a run starts cold.
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class InProcessBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


# Only for the environments openapi-python-client makes (they share one configuration).
PROJECTS = InProcessBytecodeCache()
