"""Program routes: read, change, two-step delete, legacy overview, free settings and key test."""

from __future__ import annotations

from ...domain import program_admin
from ..context import Ctx
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, ALL_PROGRAMS, REFERRAL, RouteTable
from ..views import program as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/program", "getProgram", get_program, ALL_PROGRAMS)
    add("PUT", "/v1/program", "updateProgram", update_program, AFFILIATE | REFERRAL)
    add("DELETE", "/v1/program", "deleteProgram", delete_program, ALL_PROGRAMS)
    add("GET", "/v1/program/overview", "getProgramOverview", overview, AFFILIATE | REFERRAL)
    add("PUT", "/v1/settings", "updateSettings", update_settings, AFFILIATE)
    add("GET", "/v1/test", "testApiKey", test_key, ALL_PROGRAMS)


def get_program(ctx: Ctx) -> Reply:
    # the docs write status before data here; JSON order carries no meaning but costs nothing
    return Reply(200, {"status": 1, "data": views.program_data(ctx.program)})


def update_program(ctx: Ctx) -> Reply:
    program_admin.update_program(ctx.program, ctx.data)
    return done("Program updated successfully")


def delete_program(ctx: Ctx) -> Reply:
    code = program_admin.request_deletion(ctx.program, ctx.data)
    if code is not None:
        return Reply(200, {"data": {"confirmation_code": code}})
    if ctx.program.is_newsletter:
        return done()
    return done("Program deleted successfully")


def overview(ctx: Ctx) -> Reply:
    return Reply(200, {"status": 1, "data": views.overview(ctx.program)})


def update_settings(ctx: Ctx) -> Reply:
    return ok({"settings": program_admin.update_free_settings(ctx.program, ctx.data)})


def test_key(ctx: Ctx) -> Reply:
    return ok(views.test_reply(ctx.program))
