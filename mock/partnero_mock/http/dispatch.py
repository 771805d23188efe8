"""The single ASGI endpoint: resolve route, authenticate, read the body, run the handler.

Order of checks, mirroring a Laravel application where routing runs before auth middleware:

1. a path no program type knows: 404 (no key needed);
2. missing or unknown key: 401;
3. a path the key's program type does not have: 404; a known path without the method: 405 + Allow;
4. body problems: 413, 415, 400, 422;
5. the handler, under the program's lock; domain errors become 400/404/422.

Nothing escapes as a bare 500: an unexpected exception still answers JSON, and the test suite
fuzzes the routes to keep that path unused.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ..domain.errors import DomainError
from ..domain.program import ProgramRegistry
from ..options import MockOptions
from .auth import bearer_key
from .body import read_body
from .context import Ctx
from .errors import reply_for
from .params import Params, parse_query
from .replies import HttpProblem, Reply, failure, to_response
from .routing import RouteTable

log = logging.getLogger("partnero_mock")


class Dispatcher:
    def __init__(self, registry: ProgramRegistry, table: RouteTable, options: MockOptions) -> None:
        self.registry = registry
        self.table = table
        self.options = options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry, so Starlette routes every method here and leaves 405s to us."""
        response = await self.respond(Request(scope, receive))
        await response(scope, receive, send)

    async def respond(self, request: Request) -> Response:
        try:
            return to_response(await self._handle(request))
        except HttpProblem as problem:
            return to_response(problem.reply)
        except Exception:  # pragma: no cover - a safety net; the fuzz tests keep it unused
            log.exception("unexpected error in the Partnero mock")
            return to_response(failure(500, "Internal error in the mock."))

    async def _handle(self, request: Request) -> Reply:
        path = _raw_path(request)
        if self.table.resolve(path, None) is None:
            return failure(404, "Not found.")
        api_key = bearer_key(request)
        program = self.registry.get(api_key) if api_key else None
        if program is None:
            return failure(401, "Unauthenticated.")
        match = self.table.resolve(path, program.type)
        if match is None:
            return failure(404, "Not found.")
        route = match.routes.get(request.method.upper())
        if route is None:
            reply = failure(405, "Method not allowed.")
            reply.headers["Allow"] = match.allow
            return reply
        body = await read_body(request, self.options.max_body_bytes)
        params = Params(parse_query(request.url.query), body)
        ctx = Ctx(
            program=program,
            params=params,
            path_params=match.path_params,
            method=route.method,
            base_url=_base_url(request),
            path=_public_path(path),
        )
        with program.lock:
            try:
                reply = route.handler(ctx)
            except DomainError as error:
                return reply_for(error)
            if route.changes_state and reply.status < 400:
                program.applied[route.operation] += 1
        return reply


def _raw_path(request: Request) -> str:
    raw = request.scope.get("raw_path")
    if isinstance(raw, bytes | bytearray):
        path = bytes(raw).decode("latin-1").split("?", 1)[0]
    else:
        path = quote(request.scope.get("path", "/"))
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    return path or "/"


def _public_path(path: str) -> str:
    """The path as it goes into pagination links: without a trailing slash."""
    trimmed = path.rstrip("/")
    return trimmed or "/"


def _base_url(request: Request) -> str:
    """scheme://host[:port][root_path] of this request, never the real API host."""
    return str(request.base_url).rstrip("/")
