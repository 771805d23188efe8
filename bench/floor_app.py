"""B8's floor: a plain Starlette app under the same uvicorn as the mock, answering every request
with a fixed JSON body the size of a partner reply. No routing table, no state, no validation:
what the mock's own work is measured against."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = b'{"data": {"id": "partner_00001", "email": "p00001@example.com", "name": "Partner 1"}}'


async def reply(request: Request) -> Response:
    await request.body()
    status = 201 if request.method == "POST" else 200
    return Response(BODY, status_code=status, media_type="application/json")


app = Starlette(routes=[Route("/{path:path}", reply, methods=["GET", "POST"])])
