"""Tests of hudhud.search.services: the index follows every write of posts and accounts."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from hudhud.accounts.models import Account
from hudhud.accounts.services import profile_update
from hudhud.arabic import terms
from hudhud.posts.models import Media, Visibility
from hudhud.posts.services import (
    boost_create,
    media_create,
    media_describe,
    post_delete,
    post_edit,
)
from hudhud.search.backends import backend
from hudhud.search.models import AccountIndex, PostIndex
from hudhud.search.query import parse_query
from hudhud.search.selectors import search_accounts, search_posts
from hudhud.search.services import account_index, index_rebuild, post_index, post_unindex
from tests.factories import make_post


def found(q: str) -> set[int]:
    """Return the IDs of every post that has the words of `q`, whoever may see them."""
    return {match.id for match in backend().match_posts(parse_query(q), limit=100)}


def photo(account: Account, description: str) -> Media:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, "JPEG")
    upload = SimpleUploadedFile("photo.jpg", buffer.getvalue(), "image/jpeg")
    return media_create(account=account, file=upload, description=description)


def test_a_new_post_is_indexed_with_its_analysed_words(sami: Account) -> None:
    post = make_post(sami, "أهلاً بكم في جيتكس ٢٠١٢ #هدهد")

    assert PostIndex.objects.get(post=post).terms == " ".join(terms("اهلا بكم في جيتكس 2012 هدهد"))
    assert found("جيتكس") == {post.pk}


def test_the_content_warning_and_image_descriptions_are_searchable(sami: Account) -> None:
    media = photo(sami, "صورة المنصة الرئيسية")
    post = make_post(sami, "تغطية اليوم", spoiler_text="حرق الأحداث", media=[media])

    assert found("الأحداث") == {post.pk}
    assert found("المنصة") == {post.pk}


def test_an_edit_replaces_the_words(sami: Account) -> None:
    post = make_post(sami, "محاضرة عن الأمن")

    post_edit(post=post, text="ورشة عن التصميم")

    assert found("الأمن") == set()
    assert found("التصميم") == {post.pk}


def test_describing_an_attached_image_indexes_the_description(sami: Account) -> None:
    media = photo(sami, "")
    post = make_post(sami, "صورة", media=[media])

    media_describe(media=media, description="شعار هدهد")

    assert found("شعار") == {post.pk}


def test_a_deleted_post_leaves_the_index(sami: Account) -> None:
    post = make_post(sami, "منشور سيحذف")
    kept = make_post(sami, "منشور باق")

    post_delete(post=post)

    assert not PostIndex.objects.filter(post_id=post.pk).exists()
    assert found("منشور") == {kept.pk}


def test_unindexing_a_post(sami: Account) -> None:
    post = make_post(sami, "منشور مخفي")

    post_unindex(post.pk)

    assert found("مخفي") == set()


def test_boosts_have_no_words_of_their_own(sami: Account, yazeed: Account) -> None:
    post = make_post(sami, "منشور يعاد نشره")

    boost = boost_create(account=yazeed, post=post)

    assert not PostIndex.objects.filter(post_id=boost.pk).exists()
    assert found("نشره") == {post.pk}
    post_index(boost)  # a boost asked for directly is still left out
    assert PostIndex.objects.count() == 1


def test_indexing_twice_keeps_one_row(sami: Account) -> None:
    post = make_post(sami, "مرة واحدة", visibility=Visibility.PUBLIC)

    post_index(post)
    post_index(post)

    assert PostIndex.objects.filter(post=post).count() == 1
    assert found("واحدة") == {post.pk}


def test_a_changed_profile_is_found_by_its_new_words(sami: Account) -> None:
    profile_update(account=sami, display_name="سامي الحربي", specialties=[("أمن المعلومات", ())])
    account_index(sami)

    row = AccountIndex.objects.get(account=sami)
    assert row.names == " ".join(terms("sami سامي الحربي"))
    assert row.specialty == " ".join(terms("امن المعلومات"))
    assert search_accounts(None, "المعلومات") == [sami]


def test_rebuilding_the_index_from_scratch(sami: Account, yazeed: Account) -> None:
    media = photo(sami, "وصف الصورة")
    post = make_post(sami, "نص المنشور", media=[media])
    PostIndex.objects.all().delete()
    AccountIndex.objects.all().delete()
    assert search_posts(None, "المنشور") == []

    assert index_rebuild() == (1, 2)

    assert search_posts(None, "الصورة") == [post]
    assert search_accounts(None, "yazeed") == [yazeed]
