"""The web UI's URLs; profiles and posts live at /@username as on Mastodon."""

from django.urls import path

from hudhud.web.views import (
    accounts,
    apps,
    auth,
    explore,
    moderation,
    posts,
    preferences,
    search,
    timelines,
)

app_name = "web"

urlpatterns = [
    path("", timelines.home, name="home"),
    path("local", timelines.local, name="local"),
    path("public", timelines.public, name="public"),
    path("search", search.search, name="search"),
    path("explore", explore.explore, name="explore"),
    path("tags/<str:name>", timelines.tag, name="tag"),
    path("tags/<str:name>/follow", timelines.tag_follow, name="tag_follow"),
    path("tags/<str:name>/unfollow", timelines.tag_unfollow, name="tag_unfollow"),
    path("bookmarks", timelines.bookmarks, name="bookmarks"),
    path("notifications", timelines.notifications, name="notifications"),
    path("signup", auth.signup, name="signup"),
    path("login", auth.login_view, name="login"),
    path("logout", auth.logout_view, name="logout"),
    path("compose", posts.compose, name="compose"),
    path("posts/<int:post_id>/like", posts.like, name="like"),
    path("posts/<int:post_id>/unlike", posts.unlike, name="unlike"),
    path("posts/<int:post_id>/boost", posts.boost, name="boost"),
    path("posts/<int:post_id>/unboost", posts.unboost, name="unboost"),
    path("posts/<int:post_id>/bookmark", posts.bookmark, name="bookmark"),
    path("posts/<int:post_id>/unbookmark", posts.unbookmark, name="unbookmark"),
    path("posts/<int:post_id>/edit", posts.edit, name="edit"),
    path("posts/<int:post_id>/delete", posts.delete, name="delete"),
    path("settings/profile", accounts.settings_profile, name="settings_profile"),
    path("settings/preferences", preferences.preferences, name="preferences"),
    path("settings/follow_requests", accounts.follow_requests, name="follow_requests"),
    path("settings/blocks", accounts.blocks_and_mutes, name="blocks"),
    path("moderation", moderation.reports, name="moderation"),
    path("moderation/approve", moderation.approve, name="moderation_approve"),
    path("settings/apps", apps.apps, name="apps"),
    path("settings/apps/revoke", apps.app_revoke, name="app_revoke"),
    path("settings/apps/delete", apps.app_delete, name="app_delete"),
    path("@<str:username>", accounts.profile, name="profile"),
    path("@<str:username>/tab/<str:tab>", accounts.profile, name="profile_tab"),
    path("@<str:username>/followers", accounts.followers, name="followers"),
    path("@<str:username>/following", accounts.following, name="following"),
    path("@<str:username>/report", accounts.report, name="report"),
    path("@<str:username>/<int:post_id>", posts.post_detail, name="post"),
    path("@<str:username>/<str:action>", accounts.relation, name="relation"),
]
