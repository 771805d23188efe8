"""Transactions and the rewards they produce: domain rules and routes."""

from __future__ import annotations

import pytest
from partnero_mock.domain import customers, partners, transactions
from partnero_mock.domain.errors import ActionFailed, InvalidReference, NotFound, ValidationFailed
from partnero_mock.domain.lookups.customers import customer_at_path
from partnero_mock.domain.lookups.rewards import rewards_of_transaction
from partnero_mock.domain.lookups.transactions import filter_transactions, newest_with_key
from partnero_mock.domain.program import Program

from .conftest import Api
from .helpers import affiliate_customer, affiliate_setup, ok_data, partner, referral_customer


def test_percent_commission_is_not_rounded(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    (sale,), batch = transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "key": "t1", "amount": 99.99}
    )
    assert not batch
    (reward,) = rewards_of_transaction(program, sale.serial)
    assert reward.amount == 29.997 and reward.key == "t1" and reward.status == "ok"


def test_static_commission_and_direct_reward(program: Program) -> None:
    program.settings.commission_type = "static"
    program.settings.commission_value = 5
    customer = affiliate_customer(program, partner(program))
    (sale,), _ = transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 80})
    assert rewards_of_transaction(program, sale.serial)[0].amount == 5
    (direct,), _ = transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "reward": 12}
    )
    assert rewards_of_transaction(program, direct.serial)[0].amount == 12


def test_amount_or_reward_is_required(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    with pytest.raises(ValidationFailed) as error:
        transactions.record_transactions(program, {"customer": {"key": customer.key}})
    assert "amount" in error.value.errors


@pytest.mark.parametrize(
    "blocker",
    ["suspended", "archived_customer", "archived_partner", "not_rewardable", "already_rewarded"],
)
def test_no_reward_when_blocked(program: Program, blocker: str) -> None:
    owner = partner(program)
    customer = affiliate_customer(program, owner)
    body: dict[str, object] = {"customer": {"key": customer.key}, "amount": 10}
    if blocker == "suspended":
        customers.suspend_customer(program, customer)
    elif blocker == "archived_customer":
        customers.archive_customer(program, customer)
    elif blocker == "archived_partner":
        partners.archive_partner(program, owner)
    elif blocker == "not_rewardable":
        body["rewardable"] = False
    else:
        body["rewarded"] = True
    (sale,), _ = transactions.record_transactions(program, body)
    assert rewards_of_transaction(program, sale.serial) == []


def test_unknown_customer_and_create_customer(program: Program) -> None:
    owner = partner(program, key="pk")
    with pytest.raises(ValidationFailed):
        transactions.record_transactions(program, {"customer": {"key": "new"}, "amount": 1})
    # the PHP SDK sends the partner at top level
    booked, _ = transactions.record_transactions(
        program,
        {"customer": {"key": "new", "name": "Katy"}, "partner": {"key": "pk"}, "amount": 1,
         "options": {"create_customer": True}},
    )  # fmt: skip
    assert customer_at_path(program, "new").partner_id == owner.id
    assert booked[0].partner_id == owner.id
    with pytest.raises(InvalidReference):
        transactions.record_transactions(
            program,
            {
                "customer": {"key": "newer", "partner": {"key": "ghost"}},
                "amount": 1,
                "options": {"create_customer": True},
            },
        )


def test_batch_validates_everything_before_booking(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    with pytest.raises(ValidationFailed) as error:
        transactions.record_transactions(
            program, {"customer": {"key": customer.key}, "transactions": [{"amount": 1}, {"amount": "x"}]}
        )
    assert "transactions.1.amount" in error.value.errors
    assert len(program.transactions) == 0
    batch_body = {"key": "a", "amount": 1}, {"key": "b", "amount": 2}
    booked, batch = transactions.record_transactions(
        program, {"customer": {"key": customer.key}, "transactions": list(batch_body)}
    )
    assert batch and [t.key for t in booked] == ["a", "b"]


def test_keys_repeat_and_act_together(program: Program) -> None:
    customer = affiliate_customer(program, partner(program))
    for amount in (10, 20):
        transactions.record_transactions(
            program, {"customer": {"key": customer.key}, "key": "dup", "amount": amount}
        )
    assert newest_with_key(program, "dup").amount == 20
    transactions.archive_by_key(program, "dup")
    assert all(r.deleted_at is not None for r in program.rewards)
    with pytest.raises(ActionFailed):
        transactions.archive_by_key(program, "dup")
    transactions.restore_by_key(program, "dup")
    with pytest.raises(ActionFailed):
        transactions.restore_by_key(program, "dup")
    transactions.delete_by_key(program, "dup")
    assert len(program.transactions) == 0 and len(program.rewards) == 0
    with pytest.raises(NotFound):
        newest_with_key(program, "dup")


def test_filters(program: Program) -> None:
    first, second = partner(program, key="first"), partner(program, key="second")
    a = affiliate_customer(program, first, key="ca")
    b = affiliate_customer(program, second, key="cb")
    for customer in (a, b):
        transactions.record_transactions(program, {"customer": {"key": customer.key}, "amount": 1})
    assert len(filter_transactions(program, partner_key="first")) == 1
    assert len(filter_transactions(program, partner_email=second.email)) == 1
    assert len(filter_transactions(program, customer_key="cb")) == 1
    assert filter_transactions(program, partner_key="nobody") == []


def test_referral_sale_rewards_the_referrer(referral_program: Program) -> None:
    referrer = referral_customer(referral_program, id="alice")
    buyer = referral_customer(referral_program, referrer, id="bob")
    (sale,), _ = transactions.record_transactions(
        referral_program, {"customer": {"id": "bob"}, "amount": 200}
    )
    (reward,) = rewards_of_transaction(referral_program, sale.serial)
    assert reward.customer_uid == referrer.uid and reward.amount == 20
    assert sale.customer_uid == buyer.uid


def test_referral_buyer_must_be_referred(referral_program: Program) -> None:
    referral_customer(referral_program, id="loner")
    with pytest.raises(ValidationFailed):
        transactions.record_transactions(referral_program, {"customer": {"id": "loner"}, "amount": 1})
    with pytest.raises(ValidationFailed):
        transactions.record_transactions(
            referral_program, {"customer": {"id": "fresh"}, "amount": 1, "options": {"create_customer": True}}
        )
    assert len(referral_program.customers) == 1  # nothing half-created


def test_referral_create_customer_inline(referral_program: Program) -> None:
    referral_customer(referral_program, id="customer_123")
    booked, _ = transactions.record_transactions(
        referral_program,
        {"options": {"create_customer": True}, "amount": 50.99,
         "customer": {"id": "customer_789", "referring_customer": {"id": "customer_123"}}},
    )  # fmt: skip
    assert customer_at_path(referral_program, "customer_789").referring_customer_uid is not None
    assert len(booked) == 1


def test_transaction_reply_and_reward(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    data = ok_data(
        affiliate.post(
            "/v1/transactions",
            json={"customer": {"key": "customer_123"}, "key": "transaction_123", "amount": 99.99,
                  "product_id": "prod_123", "product_type": "monthly", "action": "sale"},
        )
    )  # fmt: skip
    assert (data["partner"], data["customer"], data["amount_units"]) == ("partner_123", "customer_123", "USD")
    (reward,) = data["rewards"]
    assert reward["amount"] == 29.997 and reward["status"] == "ok"
    assert reward["product_type_data"] == {"product_id": "prod_123", "product_type": "monthly"}
    assert ok_data(affiliate.get("/v1/transactions/transaction_123"))["key"] == "transaction_123"
    listed = affiliate.get("/v1/customers/customer_123/transactions").json()
    assert len(listed["data"]) == 1 and "links" in listed


def test_transaction_n8n_and_php_habits(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    n8n = affiliate.post(
        "/v1/transactions",
        json={"customer": {"id": "customer_123"}, "amount": "10.50", "created_at": "2025-05-07T05:32:48Z",
              "discount_amount": 1, "discount_code": "X", "gross_amount": 11.5},
    )  # fmt: skip
    assert n8n.status_code == 200 and n8n.json()["data"]["created_at"] == "2025-05-07T05:32:48.000000Z"
    unix_body = {"customer": {"key": "customer_123"}, "amount": 1, "created_at": 1746595968, "key": "tx_unix"}
    unix = ok_data(affiliate.post("/v1/transactions", json=unix_body))
    assert unix["created_at"] == "2025-05-07T05:32:48.000000Z"
    # PHP repeats the key in the body of item routes
    assert affiliate.post("/v1/transactions/tx_unix/archive", json={"key": "tx_unix"}).json() == {"status": 1}
    assert affiliate.post("/v1/transactions/tx_unix/archive").status_code == 400
    assert (
        affiliate.post("/v1/transactions/tx_unix/revoke-archive", json={"key": "tx_unix"}).status_code == 200
    )
    assert affiliate.delete("/v1/transactions/tx_unix", json={"key": "tx_unix"}).json() == {"status": 1}
    assert affiliate.delete("/v1/transactions", json={"key": "tx_unix"}).status_code == 404


def test_batch_transactions_answer_a_list(affiliate: Api) -> None:
    affiliate_setup(affiliate)
    data = ok_data(
        affiliate.post(
            "/v1/transactions",
            json={"options": {"create_customer": True},
                  "customer": {"key": "customer_789", "name": "Katy", "partner": {"id": "partner_123"}},
                  "transactions": [{"key": "t3", "amount": 110.99}, {"key": "t4", "amount": 199.99}]},
        )
    )  # fmt: skip
    assert [t["key"] for t in data] == ["t3", "t4"]
    assert ok_data(affiliate.get("/v1/customers/customer_789"))["partner"] == "partner_123"


def test_referral_transaction_get_and_delete_by_key(referral: Api) -> None:
    referral.post("/v1/customers", json={"id": "ann"})
    referral.post("/v1/customers", json={"id": "bob", "referring_customer": {"id": "ann"}})
    referral.post("/v1/transactions", json={"customer": {"id": "bob"}, "amount": 20, "key": "order_1"})
    sale = ok_data(referral.get("/v1/transactions/order_1"))
    assert (sale["key"], sale["customer"], sale["referred_customer"]) == ("order_1", "ann", "bob")
    assert referral.delete("/v1/transactions/order_1").json() == {"status": 1}
    assert referral.get("/v1/transactions/order_1").status_code == 404
    assert referral.delete("/v1/transactions/order_1").status_code == 404
    assert referral.post("/v1/transactions/order_1/archive").status_code == 404  # affiliate only


def test_the_buyer_reference_signup_time_has_its_type_even_for_a_known_buyer(affiliate: Api) -> None:
    affiliate.post("/v1/partners", json={"email": "seller@example.com", "key": "ref_seller"})
    affiliate.post("/v1/customers", json={"key": "buyer", "partner": {"key": "ref_seller"}})
    body = {"customer": {"key": "buyer", "created_at": {}}, "amount": 10}
    response = affiliate.post("/v1/transactions", json=body)
    assert response.status_code == 422 and "customer.created_at" in response.json()["errors"]
    assert affiliate.get("/v1/transactions").json()["data"] == []
