"""Volunteering in the browser: the help board, posting a request or an offer, answering
one, marking who helped, closing, and following a city or category."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.community.models import Help, HelpCategory, HelpFollow, HelpKind, Urgency
from hudhud.community.selectors import help_board
from hudhud.community.services import (
    help_answer,
    help_close,
    help_create,
    help_follow,
    help_mark_helper,
    help_unfollow,
)
from hudhud.posts.models import Post
from hudhud.web.forms import HelpAnswerForm, HelpForm
from hudhud.web.views.common import account_required, show_errors, viewer_of


def board(request: HttpRequest) -> HttpResponse:
    """List the open requests and offers, the most urgent first, by the filters given."""
    viewer = viewer_of(request)
    chosen = {
        "city": request.GET.get("city", "")[:60],
        "category": request.GET.get("category", "")
        if request.GET.get("category") in HelpCategory.values
        else "",
        "urgency": request.GET.get("urgency", "")
        if request.GET.get("urgency") in Urgency.values
        else "",
        "kind": request.GET.get("kind", "") if request.GET.get("kind") in HelpKind.values else "",
    }
    return render(
        request,
        "web/help.html",
        {
            "helps": help_board(viewer, **chosen)[:50],
            "chosen": chosen,
            "categories": HelpCategory.choices,
            "urgencies": Urgency.choices,
            "kinds": HelpKind.choices,
            "form": HelpForm(),
            "follows": viewer.help_follows.order_by("pk") if viewer else [],
        },
    )


@require_POST
@account_required
def help_new(request: HttpRequest, viewer: Account) -> HttpResponse:
    form = HelpForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a category and a city, and write the details."))
        return redirect("web:help")
    try:
        made = help_create(author=viewer, **form.cleaned_data)
    except ValidationError as error:
        show_errors(request, error)
        return redirect("web:help")
    return redirect("web:post", username=viewer.username, post_id=made.post_id)


def _help_of(viewer: Account, help_id: int) -> Help:
    found = get_object_or_404(Help.objects.select_related("post__author"), pk=help_id)
    if not Post.objects.visible_to(viewer).filter(pk=found.post_id).exists():
        raise Http404
    return found


def _back(found: Help) -> HttpResponse:
    return redirect("web:post", username=found.post.author.username, post_id=found.post_id)


@require_POST
@account_required
def answer(request: HttpRequest, viewer: Account, help_id: int) -> HttpResponse:
    """ "I can help": answer a request privately."""
    found = _help_of(viewer, help_id)
    form = HelpAnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a message and how to reach you."))
        return _back(found)
    via = form.cleaned_data["via"]
    boost = Post.objects.filter(pk=via, boost_of=found.post).first() if via else None
    try:
        help_answer(
            help=found,
            helper=viewer,
            message=form.cleaned_data["message"],
            contact=form.cleaned_data["contact"],
            boost=boost,
        )
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(
            request, _("Thank you. The requester sees your answer and how to reach you.")
        )
    return _back(found)


@require_POST
@account_required
def helper(request: HttpRequest, viewer: Account, help_id: int, answer_id: int) -> HttpResponse:
    found = _help_of(viewer, help_id)
    chosen = get_object_or_404(found.answers, pk=answer_id)
    try:
        help_mark_helper(help=found, account=viewer, answer=chosen)
    except (ValidationError, PermissionDenied) as error:
        show_errors(request, error)
    return _back(found)


@require_POST
@account_required
def close(request: HttpRequest, viewer: Account, help_id: int) -> HttpResponse:
    found = _help_of(viewer, help_id)
    try:
        help_close(help=found, account=viewer, status=request.POST.get("state", ""))
    except (ValidationError, PermissionDenied) as error:
        show_errors(request, error)
    return _back(found)


@require_POST
@account_required
def follow(request: HttpRequest, viewer: Account) -> HttpResponse:
    category = request.POST.get("category", "")
    try:
        help_follow(account=viewer, city=request.POST.get("city", "")[:60], category=category)
    except ValidationError as error:
        show_errors(request, error)
    return redirect("web:help")


@require_POST
@account_required
def unfollow(request: HttpRequest, viewer: Account, follow_id: int) -> HttpResponse:
    help_unfollow(
        account=viewer, follow=get_object_or_404(HelpFollow, pk=follow_id, account=viewer)
    )
    return redirect("web:help")
