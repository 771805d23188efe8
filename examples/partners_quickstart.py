"""Create, read, update and page through partners, then archive and restore one."""

from _settings import API_KEY, BASE_URL
from partnero_client.affiliate import AffiliateClient


def main() -> None:
    with AffiliateClient(api_key=API_KEY, base_url=BASE_URL) as client:
        jane = client.partners.create(email="jane@example.com", name="Jane", tags=["vip"])
        print("created", jane.id, [tag.value for tag in jane.tags or []])

        jane = client.partners.update(jane.id, surname="Doe", tags=["vip", "early"])
        print("renamed to", jane.name, jane.surname)

        for n in range(5):
            client.partners.create(email=f"partner{n}@example.com")
        page = client.partners.list(limit=2)
        print("first page holds", len(page.data), "partners; more:", page.has_next_page())
        print("all partners:", sorted(p.email for p in page))

        client.partners.archive(jane.id)
        print("archived; status now", client.partners.get(jane.id).status)
        client.partners.restore(jane.id)
        print("restored; status now", client.partners.get(jane.id).status)


if __name__ == "__main__":
    main()
