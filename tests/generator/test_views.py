"""Deriving per-program views from the source document."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.pipeline import load_source, program_views
from generator.views import ViewError, derive_view, operations


def _doc() -> dict[str, Any]:
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "tags": [{"name": "customers"}, {"name": "subscribers"}],
        "paths": {
            "/v1/customers": {
                "get": {
                    "operationId": "listCustomers",
                    "x-partnero-program": ["affiliate", "referral"],
                    "x-partnero-operation-id": {"referral": "listReferralCustomers"},
                    "tags": ["customers"],
                    "parameters": [
                        {"$ref": "#/components/parameters/PartnerKey"},
                        {"name": "refer_status", "in": "query", "x-partnero-program": ["referral"]},
                    ],
                    "responses": {"200": ok},
                }
            },
            "/v1/subscribers": {
                "get": {
                    "operationId": "listSubscribers",
                    "x-partnero-program": ["newsletter"],
                    "tags": ["subscribers"],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "parameters": {
                "PartnerKey": {"name": "partner.key", "in": "query", "x-partnero-program": ["affiliate"]}
            },
            "schemas": {
                "Page": {
                    "type": "object",
                    "properties": {
                        "data": {
                            "type": "array",
                            "items": {
                                "oneOf": [
                                    {"$ref": "#/components/schemas/AffiliateCustomer"},
                                    {"$ref": "#/components/schemas/ReferralCustomer"},
                                ]
                            },
                        }
                    },
                },
                "AffiliateCustomer": {"type": "object", "x-partnero-program": ["affiliate"]},
                "ReferralCustomer": {"type": "object", "x-partnero-program": ["referral"]},
                "Unused": {"type": "string"},
            },
        },
    }


def test_view_keeps_only_the_programs_operations() -> None:
    view = derive_view(_doc(), "newsletter")
    assert [(m, p) for m, p, _ in operations(view)] == [("get", "/v1/subscribers")]
    assert [t["name"] for t in view["tags"]] == ["subscribers"]


def test_tagged_one_of_collapses_to_the_programs_branch() -> None:
    affiliate = derive_view(_doc(), "affiliate")
    referral = derive_view(_doc(), "referral")
    item = lambda v: v["components"]["schemas"]["Page"]["properties"]["data"]["items"]  # noqa: E731
    assert item(affiliate) == {"$ref": "#/components/schemas/AffiliateCustomer"}
    assert item(referral) == {"$ref": "#/components/schemas/ReferralCustomer"}
    assert "ReferralCustomer" not in affiliate["components"]["schemas"]
    assert "AffiliateCustomer" not in referral["components"]["schemas"]


def test_parameters_of_other_programs_are_dropped_even_through_refs() -> None:
    affiliate = derive_view(_doc(), "affiliate")
    referral = derive_view(_doc(), "referral")
    params = lambda v: v["paths"]["/v1/customers"]["get"]["parameters"]  # noqa: E731
    assert params(affiliate) == [{"$ref": "#/components/parameters/PartnerKey"}]
    assert params(referral) == [{"name": "refer_status", "in": "query"}]
    assert "parameters" not in referral["components"] or not referral["components"]["parameters"]


def test_operation_is_renamed_for_its_program_and_markers_are_stripped() -> None:
    referral = derive_view(_doc(), "referral")
    operation = referral["paths"]["/v1/customers"]["get"]
    assert operation["operationId"] == "listReferralCustomers"
    assert "x-partnero" not in repr(referral).replace("x-partnero-view", "")
    assert referral["x-partnero-view"] == "referral"


def test_unreferenced_components_are_pruned_and_source_is_untouched() -> None:
    source = _doc()
    before = copy.deepcopy(source)
    view = derive_view(source, "affiliate")
    assert "Unused" not in view["components"]["schemas"]
    assert source == before


def test_ambiguous_union_is_refused() -> None:
    doc = _doc()
    doc["components"]["schemas"]["ReferralCustomer"]["x-partnero-program"] = ["affiliate", "referral"]
    with pytest.raises(ViewError, match="2 oneOf branches for affiliate"):
        derive_view(doc, "affiliate")


def test_unknown_program_is_refused() -> None:
    doc = _doc()
    doc["paths"]["/v1/subscribers"]["get"]["x-partnero-program"] = ["newsleter"]
    with pytest.raises(ViewError, match="newsleter"):
        derive_view(doc, "affiliate")


def test_real_source_views_have_unique_operation_ids() -> None:
    for program, view in program_views(load_source()).items():
        ids = [op["operationId"] for _, _, op in operations(view)]
        assert len(ids) == len(set(ids)), program
        assert all("x-partnero-program" not in op for _, _, op in operations(view))


def test_examples_marked_for_other_programs_are_dropped() -> None:
    doc = _doc()
    content = doc["paths"]["/v1/customers"]["get"]["responses"]["200"]["content"]["application/json"]
    content["examples"] = {
        "affiliate": {"value": {}, "x-partnero-program": ["affiliate"]},
        "referral": {"value": {}, "x-partnero-program": ["referral"]},
        "both": {"value": {}},
    }
    view = derive_view(doc, "referral")
    response = view["paths"]["/v1/customers"]["get"]["responses"]["200"]
    kept = response["content"]["application/json"]["examples"]
    assert sorted(kept) == ["both", "referral"]


def test_a_media_type_left_with_no_examples_has_no_examples_map() -> None:
    doc = _doc()
    content = doc["paths"]["/v1/customers"]["get"]["responses"]["200"]["content"]["application/json"]
    content["examples"] = {"affiliate": {"value": {}, "x-partnero-program": ["affiliate"]}}
    referral = derive_view(doc, "referral")["paths"]["/v1/customers"]["get"]["responses"]["200"]
    affiliate = derive_view(doc, "affiliate")["paths"]["/v1/customers"]["get"]["responses"]["200"]
    assert "examples" not in referral["content"]["application/json"]
    assert list(affiliate["content"]["application/json"]["examples"]) == ["affiliate"]


def test_any_of_program_variants_collapse_like_one_of() -> None:
    doc = _doc()
    items = doc["components"]["schemas"]["Page"]["properties"]["data"]["items"]
    items["anyOf"] = items.pop("oneOf")
    view = derive_view(doc, "affiliate")
    item = view["components"]["schemas"]["Page"]["properties"]["data"]["items"]
    assert item == {"$ref": "#/components/schemas/AffiliateCustomer"}


def test_webhook_deliveries_are_narrowed_per_program() -> None:
    doc = _doc()
    doc["webhooks"] = {
        "partner.created": {
            "post": {"x-partnero-program": ["affiliate"], "responses": {"200": {"description": "ok"}}}
        },
        "subscriber.created": {
            "post": {"x-partnero-program": ["newsletter"], "responses": {"200": {"description": "ok"}}}
        },
    }
    assert list(derive_view(doc, "affiliate")["webhooks"]) == ["partner.created"]
    assert list(derive_view(doc, "newsletter")["webhooks"]) == ["subscriber.created"]


def test_per_program_description_replaces_the_shared_one() -> None:
    doc = _doc()
    operation = doc["paths"]["/v1/customers"]["get"]
    operation["description"] = "Customers of either program."
    operation["x-partnero-description"] = {"referral": "Refer-a-friend customers."}
    operation["x-partnero-evidence"] = "Seen in some client."
    schema = doc["components"]["schemas"]["AffiliateCustomer"]
    schema["x-partnero-description"] = {"affiliate": "An affiliate customer."}
    doc["info"]["x-partnero-description"] = {"referral": "The API for refer-a-friend keys."}
    doc["tags"][0]["x-partnero-description"] = {"referral": "Referred customers."}
    affiliate, referral = derive_view(doc, "affiliate"), derive_view(doc, "referral")
    assert referral["info"]["description"] == "The API for refer-a-friend keys."
    assert referral["tags"] == [{"name": "customers", "description": "Referred customers."}]
    assert affiliate["paths"]["/v1/customers"]["get"]["description"] == "Customers of either program."
    assert referral["paths"]["/v1/customers"]["get"]["description"] == "Refer-a-friend customers."
    assert affiliate["components"]["schemas"]["AffiliateCustomer"]["description"] == "An affiliate customer."
    assert "x-partnero" not in repr(affiliate).replace("x-partnero-view", "")
    assert doc["paths"]["/v1/customers"]["get"]["x-partnero-evidence"] == "Seen in some client."


def test_per_program_description_names_known_programs_only() -> None:
    doc = _doc()
    doc["paths"]["/v1/customers"]["get"]["x-partnero-description"] = {"referal": "typo"}
    with pytest.raises(ViewError, match="x-partnero-description"):
        derive_view(doc, "affiliate")


def test_alias_parameters_stay_out_of_the_views() -> None:
    doc = _doc()
    parameters = doc["paths"]["/v1/customers"]["get"]["parameters"]
    doc["components"]["parameters"]["PartnerKey"]["name"] = "partner_key"
    doc["components"]["parameters"]["PartnerKeyDotted"] = {
        "name": "partner.key",
        "in": "query",
        "deprecated": True,
        "x-partnero-alias-of": "partner_key",
        "x-partnero-program": ["affiliate"],
    }
    parameters.append({"$ref": "#/components/parameters/PartnerKeyDotted"})
    affiliate = derive_view(doc, "affiliate")
    names = [
        affiliate["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"]
        if "$ref" in p
        else p["name"]
        for p in affiliate["paths"]["/v1/customers"]["get"]["parameters"]
    ]
    assert names == ["partner_key"]
    assert "PartnerKeyDotted" not in affiliate["components"]["parameters"]
    assert doc["components"]["parameters"]["PartnerKeyDotted"]["x-partnero-alias-of"] == "partner_key"


def test_alias_of_a_missing_parameter_is_refused() -> None:
    doc = _doc()
    doc["paths"]["/v1/customers"]["get"]["parameters"].append(
        {"name": "partner.email", "in": "query", "x-partnero-alias-of": "partner_email"}
    )
    with pytest.raises(ViewError, match="alias of partner_email"):
        derive_view(doc, "affiliate")


def test_a_shared_request_body_is_required_only_where_listed() -> None:
    doc = _doc()
    doc["paths"]["/v1/customers"]["post"] = {
        "operationId": "createCustomer",
        "x-partnero-program": ["affiliate", "referral"],
        "tags": ["customers"],
        "requestBody": {"x-partnero-required": ["affiliate"], "content": {}},
        "responses": {"200": {"description": "ok"}},
    }
    body = lambda v: v["paths"]["/v1/customers"]["post"]["requestBody"]  # noqa: E731
    assert body(derive_view(doc, "affiliate")) == {"required": True, "content": {}}
    assert body(derive_view(doc, "referral")) == {"required": False, "content": {}}
    doc["paths"]["/v1/customers"]["post"]["requestBody"]["x-partnero-required"] = ["affiliat"]
    with pytest.raises(ViewError, match="x-partnero-required"):
        derive_view(doc, "affiliate")
