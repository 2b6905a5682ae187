"""Writing, reading and acting on posts."""

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.coach.models import Giveaway
from hudhud.coach.services import ORGANISERS
from hudhud.community.models import Help
from hudhud.community.selectors import help_answers_seen
from hudhud.posts import services
from hudhud.posts.models import Media, Post, Visibility
from hudhud.posts.selectors import interactions_of, quotes_and_replies_load, thread_of
from hudhud.web.forms import ComposeForm, EditPostForm, GiveawayForm, HelpAnswerForm
from hudhud.web.views.common import (
    account_required,
    back,
    int_or_none,
    posted,
    show_errors,
    viewer_of,
    visible_post_or_404,
)


@require_POST
@account_required
def compose(request: HttpRequest, viewer: Account) -> HttpResponse:
    """Publish a post with its images; on bad input, say why and keep what was typed."""
    form = ComposeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The post could not be sent; please try again."))
        request.session["draft"] = request.POST.get("text", "")
        return back(request)
    data = form.cleaned_data
    try:
        reply_to = visible_post_or_404(viewer, data["in_reply_to"]) if data["in_reply_to"] else None
        quote_of = visible_post_or_404(viewer, data["quote_of"]) if data["quote_of"] else None
    except Http404:
        messages.error(request, _("This post was not found."))
        return back(request)
    uploads = request.FILES.getlist("media")[: services.MAX_MEDIA + 1]
    alts = request.POST.getlist("alt")
    media: list[Media] = []
    try:
        with transaction.atomic():
            for i, upload in enumerate(uploads):
                description = alts[i] if i < len(alts) else ""
                media.append(
                    services.media_create(account=viewer, file=upload, description=description)
                )
            post = services.post_create(
                author=viewer,
                text=data["text"],
                spoiler_text=data["spoiler_text"],
                visibility=data["visibility"],
                reply_to=reply_to,
                quote_of=quote_of,
                media=media,
                language=request.LANGUAGE_CODE,
            )
    except ValidationError as error:
        for item in media:  # the rows rolled back; their files must go too
            services.media_files_delete(media=item)
        show_errors(request, error)
        request.session["draft"] = data["text"]
        return back(request)
    messages.success(request, _("Posted."))
    if reply_to is not None:
        return redirect("web:post", username=reply_to.author.username, post_id=reply_to.pk)
    return (
        redirect("web:post", username=viewer.username, post_id=post.pk)
        if quote_of
        else back(request)
    )


def post_detail(request: HttpRequest, username: str, post_id: int) -> HttpResponse:
    viewer = viewer_of(request)
    post = visible_post_or_404(viewer, post_id)
    if post.author.username.lower() != username.lower() or post.is_boost:
        raise Http404
    thread = thread_of(viewer, post)
    shown = [*thread.ancestors, post, *thread.descendants]
    quotes_and_replies_load(shown)
    help = Help.objects.filter(post=post).first()
    return render(
        request,
        "web/post_detail.html",
        {
            "post": post,
            "thread": thread,
            "interactions": interactions_of(viewer, shown),
            "compose_form": ComposeForm(initial={"in_reply_to": post.pk}),
            "reply_mentions": _reply_mentions(viewer, post),
            "help": help,
            "help_answers": help_answers_seen(help, viewer) if help else [],
            # The boost a reader came through, so that its author is credited if they help.
            "help_form": HelpAnswerForm(initial={"via": int_or_none(request.GET.get("via"))}),
            "giveaway": Giveaway.objects.filter(post=post).first(),
            "giveaway_form": GiveawayForm()
            if viewer == post.author
            and post.author.kind in ORGANISERS
            and post.visibility == Visibility.PUBLIC
            else None,
        },
    )


def _reply_mentions(viewer: Account | None, post: Post) -> str:
    """Return the @-handles a reply starts with: the author and those the post mentioned."""
    handles = [post.author.acct, *(account.acct for account in post.mentions.all())]
    own = viewer.acct if viewer else None
    unique = dict.fromkeys(handle for handle in handles if handle != own)
    return "".join(f"@{handle} " for handle in unique)


def _after_action(request: HttpRequest, viewer: Account, post: Post) -> HttpResponse:
    """Answer htmx with the refreshed action bar, and a plain form post with a redirect."""
    if request.htmx:  # type: ignore[attr-defined]
        post.refresh_from_db()
        return render(
            request,
            "web/_actions.html",
            {"post": post, "interactions": interactions_of(viewer, [post]), "viewer": viewer},
        )
    return back(request)


def _action(
    service: Callable[..., object],
) -> Callable[[HttpRequest, int], HttpResponse]:
    """Return the view that applies `service` (like, boost, bookmark or their undo) to a post."""

    @require_POST
    @account_required
    def view(request: HttpRequest, viewer: Account, post_id: int) -> HttpResponse:
        post = visible_post_or_404(viewer, post_id)
        original = post.boost_of or post
        try:
            service(account=viewer, post=original)
        except ValidationError as error:
            show_errors(request, error)
        return _after_action(request, viewer, original)

    return view


like = _action(services.like_create)
unlike = _action(services.like_delete)
boost = _action(services.boost_create)
unboost = _action(services.boost_delete)
bookmark = _action(services.bookmark_create)
unbookmark = _action(services.bookmark_delete)


@account_required
def edit(request: HttpRequest, viewer: Account, post_id: int) -> HttpResponse:
    post = visible_post_or_404(viewer, post_id)
    if post.author_id != viewer.pk or post.is_boost:
        raise Http404
    form = EditPostForm(
        posted(request), initial={"text": post.text, "spoiler_text": post.spoiler_text}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(
                post=post,
                text=form.cleaned_data["text"],
                spoiler_text=form.cleaned_data["spoiler_text"],
                sensitive=post.sensitive and bool(form.cleaned_data["spoiler_text"]),
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error("text", message)
        else:
            messages.success(request, _("Your post was edited."))
            return redirect("web:post", username=viewer.username, post_id=post.pk)
    status = 400 if form.errors else 200
    return render(request, "web/edit_post.html", {"form": form, "post": post}, status=status)


@require_POST
@account_required
def delete(request: HttpRequest, viewer: Account, post_id: int) -> HttpResponse:
    post = visible_post_or_404(viewer, post_id)
    if post.author_id != viewer.pk and not viewer.user.is_staff:  # type: ignore[union-attr]
        raise Http404
    services.post_delete(post=post)
    messages.success(request, _("The post was deleted."))
    return redirect("web:home")
