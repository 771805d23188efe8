"""The single ASGI endpoint: resolve route, authenticate, read the body, run the handler.

Order of checks, mirroring a Laravel application where routing runs before auth middleware:

1. a path no program type knows: 404 (no key needed);
2. missing, overlong or unknown key: 401;
3. a path the key's program type does not have: 404; a known path without the method: 405 + Allow;
4. body problems: 413, 415, 400, 422;
5. the handler, under the program's lock; domain errors become 400/404/422.

The path is resolved once, for all program types together, and the key's program is looked up (or
created) only after steps 1-4 passed; a program created for a request that then fails is dropped
again. So no error reply (401, 404, 405, 422 ...) leaves anything behind in memory.

Nothing escapes as a bare 500: an unexpected exception still answers JSON, and the test suite
fuzzes the routes to keep that path unused. A client that hangs up mid-request is routine and is
logged in one line at debug level.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive, Scope, Send

from ..domain import webhooks
from ..domain.errors import DomainError
from ..domain.program import ProgramRegistry, program_type_for_key
from ..options import MockOptions
from .auth import bearer_key
from .body import read_body
from .context import Ctx
from .errors import reply_for
from .params import Params, parse_query
from .replies import HttpProblem, Reply, failure, send_reply
from .routing import RouteTable

log = logging.getLogger("partnero_mock")


class Dispatcher:
    def __init__(self, registry: ProgramRegistry, table: RouteTable, options: MockOptions) -> None:
        self.registry = registry
        self.table = table
        self.options = options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry, so Starlette routes every method here and leaves 405s to us."""
        await send_reply(send, await self.respond(Request(scope, receive)))

    async def respond(self, request: Request) -> Reply:
        try:
            return await self._handle(request)
        except HttpProblem as problem:
            return problem.reply
        except ClientDisconnect:
            log.debug("client disconnected during %s %s", request.method, request.scope.get("path", "/"))
            # nobody reads this reply; it only completes the ASGI exchange
            return failure(400, "The client disconnected.")
        except Exception:  # pragma: no cover - a safety net; the fuzz tests keep it unused
            log.exception("unexpected error in the Partnero mock")
            return failure(500, "Internal error in the mock.")

    async def _handle(self, request: Request) -> Reply:
        path = _raw_path(request)
        resolution = self.table.resolve_all(path)
        if not resolution:
            return failure(404, "Not found.")
        api_key = bearer_key(request.headers)
        program_type = program_type_for_key(api_key) if api_key else None
        if api_key is None or program_type is None:
            return failure(401, "Unauthenticated.")
        match = resolution.for_type(program_type)
        if match is None:
            return failure(404, "Not found.")
        route = match.routes.get(request.method.upper())
        if route is None:
            reply = failure(405, "Method not allowed.")
            reply.headers["Allow"] = match.allow
            return reply
        body = await read_body(request, self.options.max_body_bytes)
        query = request.scope.get("query_string", b"").decode("utf-8", "replace")
        params = Params(parse_query(query), body)
        found = self.registry.get_or_create(api_key)
        assert found is not None  # the key's prefix was checked above
        program, created = found
        ctx = Ctx(
            program=program,
            params=params,
            path_params=match.path_params,
            method=route.method,
            path=_public_path(path),
            request=request,
        )
        with program.lock:
            try:
                reply = route.handler(ctx)
            except DomainError as error:
                reply = reply_for(error)
            webhooks.deliver_pending(program)
            if reply.status >= 400:
                if created:
                    # an error reply changed nothing, so the program made for it need not stay
                    self.registry.forget(program)
            elif route.changes_state:
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
