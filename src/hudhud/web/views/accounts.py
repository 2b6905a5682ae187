"""Profiles, follows, blocks, mutes, reports and profile settings."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts import services
from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.accounts.selectors import followers_of, following_of, relationship
from hudhud.coach.selectors.drafts import profile_checklist
from hudhud.community.selectors import good_deeds
from hudhud.moderation.services import report_create
from hudhud.posts.models import Post
from hudhud.timelines.selectors import account_timeline
from hudhud.web.forms import ProfileForm, ReportForm
from hudhud.web.views.common import (
    account_required,
    back,
    int_or_none,
    local_account_or_404,
    page_from,
    posted,
    render_posts,
    show_errors,
    viewer_of,
)

TABS = ("posts", "with_replies", "media")


def profile(request: HttpRequest, username: str, tab: str = "posts") -> HttpResponse:
    if tab not in TABS:
        raise Http404
    account = local_account_or_404(username)
    viewer = viewer_of(request)
    posts = account_timeline(
        viewer,
        account,
        page_from(request),
        with_replies=tab == "with_replies",
        only_media=tab == "media",
    )
    return render_posts(
        request,
        "web/profile.html",
        posts,
        account=account,
        tab=tab,
        relationship=relationship(viewer, account),
        good_deeds=good_deeds(account),
    )


def _people(request: HttpRequest, username: str, which: str) -> HttpResponse:
    account = local_account_or_404(username)
    people: QuerySet[Account] = (followers_of if which == "followers" else following_of)(account)
    return render(
        request,
        "web/people.html",
        {
            "account": account,
            "people": people[:200],
            "which": which,
            "relationship": relationship(viewer_of(request), account),
        },
    )


def followers(request: HttpRequest, username: str) -> HttpResponse:
    return _people(request, username, "followers")


def following(request: HttpRequest, username: str) -> HttpResponse:
    return _people(request, username, "following")


def _relation_action(request: HttpRequest, viewer: Account, target: Account, action: str) -> None:
    try:
        if action == "follow":
            follow = services.follow_create(follower=viewer, target=target)
            if not follow.accepted:
                messages.info(request, _("Your follow request was sent."))
        elif action == "unfollow":
            services.follow_delete(follower=viewer, target=target)
        elif action == "block":
            services.block_create(account=viewer, target=target)
            messages.info(request, _("You blocked @%(name)s.") % {"name": target.acct})
        elif action == "unblock":
            services.block_delete(account=viewer, target=target)
        elif action == "mute":
            services.mute_create(account=viewer, target=target)
            messages.info(request, _("You muted @%(name)s.") % {"name": target.acct})
        elif action == "unmute":
            services.mute_delete(account=viewer, target=target)
        else:
            raise Http404
    except ValidationError as error:
        show_errors(request, error)


@require_POST
@account_required
def relation(request: HttpRequest, viewer: Account, username: str, action: str) -> HttpResponse:
    target = local_account_or_404(username)
    _relation_action(request, viewer, target, action)
    if request.htmx:  # type: ignore[attr-defined]
        return render(
            request,
            "web/_follow_button.html",
            {"account": target, "relationship": relationship(viewer, target)},
        )
    return back(request)


@account_required
def report(request: HttpRequest, viewer: Account, username: str) -> HttpResponse:
    target = local_account_or_404(username)
    form = ReportForm(posted(request), initial={"post": request.GET.get("post")})
    if request.method == "POST" and form.is_valid():
        post_id = form.cleaned_data["post"]
        posts = list(Post.objects.filter(pk=post_id, author=target)) if post_id else []
        try:
            report_create(
                reporter=viewer,
                target=target,
                posts=posts,
                category=form.cleaned_data["category"],
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Thank you. The moderators will look at your report."))
            return redirect("web:profile", username=target.username)
    status = 400 if form.errors else 200
    return render(request, "web/report.html", {"form": form, "account": target}, status=status)


@account_required
def settings_profile(request: HttpRequest, viewer: Account) -> HttpResponse:
    initial = {
        "display_name": viewer.display_name,
        "bio": viewer.bio,
        "kind": viewer.kind,
        "open_to_offers": viewer.open_to_offers,
        "focus_public": viewer.focus_public,
        "locked": viewer.locked,
        "bot": viewer.bot,
    }
    for i, specialty in enumerate(viewer.specialties):
        initial[f"specialty_{i}"] = specialty["name"]
        initial[f"keywords_{i}"] = "، ".join(specialty["keywords"])
    for i, field in enumerate(viewer.fields):
        initial[f"field_name_{i}"] = field["name"]
        initial[f"field_value_{i}"] = field["value"]
    form = ProfileForm(posted(request), request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.profile_update(
                account=viewer,
                display_name=data["display_name"],
                bio=data["bio"],
                specialties=form.specialties(),
                open_to_offers=data["open_to_offers"],
                focus_public=data["focus_public"],
                kind=data["kind"],
                locked=data["locked"],
                bot=data["bot"],
                fields=form.profile_fields(),
                avatar=data["avatar"],
                header=data["header"],
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("Your profile was saved."))
            return redirect("web:profile", username=viewer.username)
    status = 400 if form.errors else 200
    return render(
        request,
        "web/settings_profile.html",
        {"form": form, "checklist": profile_checklist(viewer)},
        status=status,
    )


@account_required
def follow_requests(request: HttpRequest, viewer: Account) -> HttpResponse:
    if request.method == "POST":
        follower_id = int_or_none(request.POST.get("account"))
        follower = Account.objects.filter(pk=follower_id).first() if follower_id else None
        if follower is not None:
            try:
                if request.POST.get("decision") == "accept":
                    services.follow_accept(target=viewer, follower=follower)
                else:
                    services.follow_reject(target=viewer, follower=follower)
            except ValidationError as error:
                show_errors(request, error)
        return redirect("web:follow_requests")
    pending = Follow.objects.filter(target=viewer, accepted=False).select_related("follower")
    return render(request, "web/follow_requests.html", {"requests": pending})


@account_required
def blocks_and_mutes(request: HttpRequest, viewer: Account) -> HttpResponse:
    return render(
        request,
        "web/blocks.html",
        {
            "blocks": Block.objects.filter(account=viewer).select_related("target"),
            "mutes": Mute.objects.filter(account=viewer).select_related("target"),
        },
    )
