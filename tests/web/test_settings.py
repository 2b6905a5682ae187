"""Profile settings: names, bio, fields, avatar, and what is refused."""

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from hudhud.accounts.models import Account
from tests.web.pages import arabic, elements, html, messages_of, png, text_file

PROFILE = {
    "display_name": "سامي الحربي",
    "bio": "أحب <b>البرمجة</b> و #بايثون",
    "specialty_0": "مهندس برمجيات",
    "keywords_0": "بايثون، Django",
    "kind": "person",
    "field_name_0": "الموقع",
    "field_value_0": "https://sami.example.org",
    "field_name_1": "المدينة",
    "field_value_1": "الرياض",
    "field_name_2": "اللغات",
    "field_value_2": "العربية، English",
    "field_name_3": "العمل",
    "field_value_3": "هدهد",
}


def unchanged(account: Account) -> tuple[Any, ...]:
    account.refresh_from_db()
    return (account.display_name, account.bio, account.fields, account.avatar.name, account.locked)


def test_settings_page_shows_the_current_profile(as_sami: Client) -> None:
    response = as_sami.get("/settings/profile")

    assert response.status_code == 200
    (name,) = [i for i in elements(response, "input") if i.attrs.get("name") == "display_name"]
    assert name.attrs["value"] == "سامي"


def test_profile_update_shows_on_the_profile(as_sami: Client, sami: Account) -> None:
    response = as_sami.post(
        "/settings/profile", {**PROFILE, "locked": "on", "avatar": png()}, follow=True
    )

    assert response.redirect_chain == [("/@sami", 302)]
    assert arabic("Your profile was saved.") in messages_of(response)
    sami.refresh_from_db()
    assert sami.display_name == "سامي الحربي"
    assert sami.locked
    assert len(sami.fields) == 4
    assert sami.avatar.name
    assert (Path(settings.MEDIA_ROOT) / sami.avatar.name).exists()

    page = html(Client().get("/@sami"))
    assert "سامي الحربي" in page
    assert "&lt;b&gt;البرمجة&lt;/b&gt;" in page
    assert "<b>البرمجة" not in page
    assert '<img class="avatar"' in page
    assert f'src="{sami.avatar.url}"' in page
    for i in range(4):
        assert PROFILE[f"field_name_{i}"] in page
    assert '<a href="https://sami.example.org"' in page
    assert "🔒" in page


def test_fields_left_empty_are_dropped(as_sami: Client, sami: Account) -> None:
    data = {
        **PROFILE,
        "field_name_1": "",
        "field_value_1": "",
        "field_name_3": " ",
        "field_value_3": "",
    }

    as_sami.post("/settings/profile", data)

    sami.refresh_from_db()
    assert [field["name"] for field in sami.fields] == ["الموقع", "اللغات"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param(
            {"avatar": text_file("avatar.png", "image/png")},
            "This file is not an image we can read.",
            id="text-file-as-avatar",
        ),
        pytest.param(
            {"header": text_file()}, "This file is not an image we can read.", id="text-as-header"
        ),
        pytest.param({"display_name": "س" * 101}, None, id="display-name-101"),
        pytest.param({"display_name": "س" * 201}, None, id="display-name-201"),
        pytest.param({"bio": "ب" * 501}, None, id="bio-501"),
        pytest.param({"field_value_0": "ق" * 256}, None, id="field-256"),
        pytest.param({"kind": "government"}, None, id="unknown-kind"),
    ],
)
def test_bad_profile_is_refused_and_nothing_changes(
    as_sami: Client, sami: Account, change: dict[str, Any], message: str | None
) -> None:
    before = unchanged(sami)

    response = as_sami.post("/settings/profile", {**PROFILE, "locked": "on", **change})

    assert response.status_code == 400
    assert response.context["form"].errors
    assert 'role="alert"' in html(response)
    if message:
        assert arabic(message) in html(response)
    assert unchanged(sami) == before
    assert "<b>البرمجة" not in html(Client().get("/@sami"))


def test_refused_profile_leaves_no_image_files(as_sami: Client, sami: Account) -> None:
    response = as_sami.post(
        "/settings/profile", {**PROFILE, "avatar": png(), "header": text_file("header.png")}
    )

    assert response.status_code == 400
    sami.refresh_from_db()
    assert not sami.avatar.name
    media_root = Path(settings.MEDIA_ROOT)
    assert not media_root.exists() or not [p for p in media_root.rglob("*") if p.is_file()]


def test_a_new_avatar_replaces_the_old_file(as_sami: Client, sami: Account) -> None:
    as_sami.post("/settings/profile", {**PROFILE, "avatar": png()})
    as_sami.post("/settings/profile", {**PROFILE, "avatar": png()})

    sami.refresh_from_db()
    files = [p for p in (Path(settings.MEDIA_ROOT) / "avatars").iterdir() if p.is_file()]
    assert [p.name for p in files] == [Path(str(sami.avatar.name)).name]
