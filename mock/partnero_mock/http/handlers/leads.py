"""Lead routes. Create answers 201 as labelled in the docs. Convert and reject are accepted both as
GET with query parameters (the docs) and as POST with a JSON body (the n8n node); both change state.
"""

from __future__ import annotations

from ...domain import cascades, leads
from ...domain.lookups.leads import get_lead
from ..context import Ctx
from ..pagination import ordered, paginated
from ..replies import Reply, done, ok
from ..routing import AFFILIATE, RouteTable
from ..views import leads as views


def register(table: RouteTable) -> None:
    add = table.add
    add("GET", "/v1/leads", "listLeads", list_leads, AFFILIATE)
    add("POST", "/v1/leads", "createLead", create_lead, AFFILIATE)
    add("GET", "/v1/leads/convert", "convertLead", convert, AFFILIATE, changes_state=True)
    add("POST", "/v1/leads/convert", "convertLeadViaPost", convert, AFFILIATE)
    add("GET", "/v1/leads/reject", "rejectLead", reject, AFFILIATE, changes_state=True)
    add("POST", "/v1/leads/reject", "rejectLeadViaPost", reject, AFFILIATE)
    add("GET", "/v1/leads/details", "getLeadSettings", details, AFFILIATE)
    add("GET", "/v1/leads/{id}", "getLead", handle_get_lead, AFFILIATE)
    add("DELETE", "/v1/leads/{id}", "deleteLead", delete_lead, AFFILIATE)


def list_leads(ctx: Ctx) -> Reply:
    return paginated(ctx, ordered(ctx, ctx.program.leads.all()), lambda lead: views.lead(ctx.program, lead))


def create_lead(ctx: Ctx) -> Reply:
    return ok(views.lead(ctx.program, leads.submit_lead(ctx.program, ctx.data)), status=201)


def convert(ctx: Ctx) -> Reply:
    return ok(views.lead(ctx.program, cascades.convert_lead(ctx.program, ctx.data)))


def reject(ctx: Ctx) -> Reply:
    return ok(views.lead(ctx.program, leads.reject_lead(ctx.program, ctx.data)))


def details(ctx: Ctx) -> Reply:
    return ok(views.details(ctx.program))


def handle_get_lead(ctx: Ctx) -> Reply:
    return ok(views.lead(ctx.program, get_lead(ctx.program, ctx.path_param("id"))))


def delete_lead(ctx: Ctx) -> Reply:
    leads.delete_lead(ctx.program, get_lead(ctx.program, ctx.path_param("id")))
    return done()
