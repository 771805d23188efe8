"""Generated models: one UNSET for every program, reprs, unknown keys, and models loaded on use."""

from __future__ import annotations

import copy
import json
import pickle
import re
import subprocess
import sys
import textwrap
from types import MappingProxyType

import attrs
import partnero_client._core.unset as core_unset
import pytest
from partnero_client._core.errors import MODEL_MISFITS
from partnero_client.affiliate import types as affiliate_types
from partnero_client.affiliate.models import Partner, PartnerPage
from partnero_client.newsletter import types as newsletter_types
from partnero_client.referral import types as referral_types
from partnero_client.referral.models import BalanceAmount, BalanceGroups

UNSET = core_unset.UNSET
ITEM = {
    "id": "partner_1",
    "email": "a@example.com",
    "name": None,
    "created_at": "2025-04-30T16:44:13.000000Z",
}


def test_every_program_shares_one_sentinel() -> None:
    for types in (affiliate_types, referral_types, newsletter_types):
        assert types.UNSET is UNSET
        assert types.Unset is core_unset.Unset
    assert core_unset.Unset() is UNSET
    assert repr(UNSET) == "UNSET" and not UNSET


@pytest.mark.parametrize(
    "clone",
    [copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))],
    ids=["copy", "deepcopy", "pickle"],
)
def test_unset_survives_copies_of_models(clone: object) -> None:
    assert callable(clone)
    assert clone(UNSET) is UNSET
    partner = Partner.from_dict(ITEM)
    again = clone(partner)
    assert again == partner
    assert again.key is UNSET and again.tags is UNSET  # `is UNSET` checks still hold


def test_repr_leaves_unset_fields_out() -> None:
    text = repr(Partner.from_dict(ITEM))
    assert text.startswith("Partner(") and "UNSET" not in text
    shown = {f.name for f in attrs.fields(Partner) if re.search(rf"[(,] ?{f.name}=", text)}
    assert shown == {"id", "email", "name", "created_at"}  # `name=None` was sent; the rest were not
    assert "created_at=datetime.datetime(2025, 4, 30, 16, 44, 13, tzinfo=datetime.timezone.utc)" in text
    extra = repr(Partner.from_dict({"id": "p", "email": "e", "nickname": "x"}))
    assert extra.endswith(", additional_properties={'nickname': 'x'})") and "key=" not in extra


def test_unknown_keys_are_kept_and_only_then_stored() -> None:
    plain = Partner.from_dict(ITEM)
    assert plain._additional_properties is None  # no dict per model when the reply has no extras
    assert plain.additional_keys == [] and "nickname" not in plain
    assert plain == Partner.from_dict(ITEM)  # reading the (empty) extras changes no equality

    extra = Partner.from_dict({**ITEM, "nickname": "x", "score": 3})
    assert extra.additional_properties == {"nickname": "x", "score": 3}
    assert extra["score"] == 3 and extra != plain
    assert extra.to_dict() == {**plain.to_dict(), "nickname": "x", "score": 3}

    before = plain.to_dict()
    assert "tier" not in before
    plain["tier"] = "gold"  # writing through the mapping interface keeps the value
    assert plain.to_dict() == {**before, "tier": "gold"}


def test_unknown_keys_are_found_whatever_else_the_reply_lacks() -> None:
    # from_dict counts keys after merging the reply over the optional ones: a missing required key
    # must not let an unknown key pass as a known one, and any Mapping is read like a dict.
    with pytest.raises(KeyError):
        Partner.from_dict({"email": "a@example.com", "nickname": "x"})
    only_required = Partner.from_dict(MappingProxyType({"id": "p", "email": "e", "nickname": "x"}))
    assert only_required.additional_properties == {"nickname": "x"} and only_required.key is UNSET
    assert Partner.from_dict(MappingProxyType(ITEM)) == Partner.from_dict(ITEM)


def test_typed_unknown_keys_are_parsed() -> None:
    amount = {"amount": 1.5, "amount_units": "150"}
    groups = BalanceGroups.from_dict({"currency": [amount], "EUR": [amount]})
    assert groups.additional_properties == {"EUR": [BalanceAmount.from_dict(amount)]}
    assert groups.to_dict() == {"currency": [amount], "EUR": [amount]}


def test_page_parses_every_item_and_misfits_still_raise() -> None:
    links = {"first": None, "last": None, "prev": None, "next": None}
    meta = {"current_page": 1, "per_page": 2, "total": 2, "last_page": 1, "from": 1, "to": 2}
    page = PartnerPage.from_dict({"data": [ITEM, {**ITEM, "id": "partner_2"}], "links": links, "meta": meta})
    assert [p.id for p in page.data] == ["partner_1", "partner_2"]
    with pytest.raises(KeyError):
        Partner.from_dict({"email": "a@example.com"})  # a required key is missing
    with pytest.raises(MODEL_MISFITS):  # what the client turns into ResponseValidationError
        Partner.from_dict(json.loads("[1, 2]"))  # not an object


def test_from_dict_runs_the_classes_own_init() -> None:
    # from_dict makes the instance and then calls its __init__ (faster than cls(...) on 3.11): the
    # result is what the constructor builds, and a subclass's __init__ still runs.
    built = Partner(
        id="partner_1", email="a@example.com", name=None, created_at=Partner.from_dict(ITEM).created_at
    )
    assert Partner.from_dict(ITEM) == built and type(Partner.from_dict(ITEM)) is Partner
    seen: list[tuple[object, ...]] = []

    class Audited(Partner):
        def __init__(self, *args: object) -> None:
            seen.append(args)
            super().__init__(*args)  # type: ignore[arg-type]

    audited = Audited.from_dict(ITEM)
    assert type(audited) is Audited and audited.id == "partner_1" and audited.key is UNSET
    assert len(seen) == 1 and seen[0][:2] == ("partner_1", "a@example.com")


def test_a_misfit_leaves_no_half_built_model_in_the_frames() -> None:
    # from_dict reads every value that can fail before it makes the instance: a traceback that
    # records locals (as error trackers do) reprs each of them, and a model without its slots
    # set could not be shown.
    for reply in ({"email": "a@example.com"}, {**ITEM, "created_at": "not a time"}):
        with pytest.raises((KeyError, ValueError)) as caught:
            Partner.from_dict(reply)
        tb = caught.value.__traceback__
        while tb is not None:
            assert not any(isinstance(v, Partner) for v in tb.tb_frame.f_locals.values())
            tb = tb.tb_next


LAZY = textwrap.dedent(
    """
    import json, sys
    import httpx
    from partnero_client.affiliate import AffiliateClient
    from partnero_client.affiliate import models

    def handler(request):
        return httpx.Response(200, json={"data": {"id": "p1", "email": "a@example.com"}})

    client = AffiliateClient(api_key="test_affiliate_k", http_client=httpx.Client(
        transport=httpx.MockTransport(handler)))
    assert client.partners.get("p1").id == "p1"
    loaded = [m for m in sys.modules if m.startswith("partnero_client.affiliate.models.")]
    names = set(dir(models))
    print(json.dumps({"loaded": len(loaded), "names": len(names), "has_partner": "Partner" in names}))
    """
)


def test_models_load_on_first_use() -> None:
    out = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, check=True).stdout
    figures = json.loads(out)
    assert figures["has_partner"] and figures["names"] > 100
    # The partners resource's own models (about 25), not the program's ~165.
    assert figures["loaded"] < 40, figures


def test_unknown_model_name_is_an_attribute_error() -> None:
    from partnero_client.affiliate import models

    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018


def test_reprs_mask_credentials_but_keep_their_values() -> None:
    from partnero_client.affiliate.models import PartnerSignInUrl, Webhook, WebhookEnvelope

    secret = "uy51DfvoJ7mUm2Ua"
    hook = {"key": "wh_1", "name": "n", "url": "https://shop.example/hook", "events": [], "signature": secret}
    envelope = WebhookEnvelope.from_dict({"data": hook, "status": 1})
    assert isinstance(envelope.data, Webhook) and envelope.data.signature == secret
    for text in (repr(envelope), repr(envelope.data), str(envelope.data)):
        assert secret not in text and "signature='***'" in text
    assert "url='https://shop.example/hook'" in repr(envelope.data)  # only credentials are masked
    login = PartnerSignInUrl.from_dict({"url": "https://portal.example/login?token=t0p", "expires_in": 120})
    assert "t0p" not in repr(login) and "url='***'" in repr(login)
    assert login.url == "https://portal.example/login?token=t0p"
    unsigned = Webhook.from_dict({**hook, "signature": ""})
    assert "signature=''" in repr(unsigned)  # nothing to hide
