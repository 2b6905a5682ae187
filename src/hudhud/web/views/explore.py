"""The Explore page: what is trending, hashtags and posts."""

from django.http import Http404, HttpRequest, HttpResponse

from hudhud.search.trends import trending_hashtags, trending_posts
from hudhud.web.views.common import render_posts, viewer_of

TABS = ("tags", "posts")


def explore(request: HttpRequest) -> HttpResponse:
    """Show the trending hashtags with their last days, or the trending posts (`?tab=posts`)."""
    tab = request.GET.get("tab", "tags")
    if tab not in TABS:
        raise Http404
    if tab == "posts":
        return render_posts(
            request,
            "web/explore.html",
            trending_posts(viewer_of(request)),
            tab=tab,
            trends=trending_hashtags(),
        )
    return render_posts(
        request, "web/explore.html", [], tab=tab, hashtags=trending_hashtags(20, history=True)
    )
