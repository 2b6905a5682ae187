"""The endpoints, one module a part of the API, each with its own router."""

from hudhud.api.views import (
    accounts,
    apps,
    bookmarks,
    conversations,
    filters,
    instance,
    lists,
    markers,
    media,
    notifications,
    polls,
    preferences,
    reports,
    search,
    statuses,
    suggestions,
    tags,
    timelines,
    trends,
)

ROUTERS = [
    module.router
    for module in (
        accounts,
        apps,
        bookmarks,
        conversations,
        filters,
        instance,
        lists,
        markers,
        media,
        notifications,
        polls,
        preferences,
        reports,
        search,
        statuses,
        suggestions,
        tags,
        timelines,
        trends,
    )
]
