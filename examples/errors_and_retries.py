"""What failures look like: typed errors, field messages, per-call options and raw replies."""

from _settings import API_KEY, BASE_URL
from partnero_client import NotFoundError, RequestOptions, UnprocessableEntityError
from partnero_client.affiliate import AffiliateClient


def main() -> None:
    with AffiliateClient(api_key=API_KEY, base_url=BASE_URL, max_retries=3, timeout=10.0) as client:
        try:
            client.partners.get("no_such_partner")
        except NotFoundError as exc:
            print("404:", exc.message)

        client.partners.create(email="taken@example.com")
        try:
            client.partners.create(email="taken@example.com")
        except UnprocessableEntityError as exc:
            print("422 on:", ", ".join(sorted(exc.errors)))

        # One call with its own retry budget and timeout, without changing the client.
        fast = RequestOptions(max_retries=0, timeout=2.0)
        partners = client.partners.list(limit=10, request_options=fast)
        print("listed", len(partners.data), "partners")

        raw = client.with_raw_response.partners.create(email="raw@example.com")
        print("raw reply:", raw.status_code, raw.headers["content-type"], raw.parsed.data.email)

        patient = client.with_options(max_retries=5)
        print("copy with more retries:", patient.max_retries, "(original keeps", client.max_retries, ")")


if __name__ == "__main__":
    main()
