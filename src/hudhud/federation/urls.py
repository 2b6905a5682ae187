"""Where other servers find this one's accounts: /.well-known/webfinger, host-meta, actors."""

from django.urls import URLPattern, path

from hudhud.federation import views

app_name = "federation"

urlpatterns: list[URLPattern] = [
    path(".well-known/webfinger", views.webfinger, name="webfinger"),
    path(".well-known/host-meta", views.host_meta, name="host_meta"),
    path("users/<str:username>", views.actor_document, name="actor"),
    path("users/<str:username>/inbox", views.inbox, name="inbox"),
    path("users/<str:username>/outbox", views.outbox, name="outbox"),
    path("users/<str:username>/followers", views.followers, name="followers"),
    path("users/<str:username>/following", views.following, name="following"),
    path("users/<str:username>/collections/featured", views.featured, name="featured"),
    path("users/<str:username>/statuses/<int:post_id>", views.note_document, name="note"),
    path("inbox", views.inbox, name="shared_inbox"),
    path("actor", views.instance_actor_document, name="instance_actor"),
    path("actor/inbox", views.inbox, name="instance_inbox"),
    path("actor/outbox", views.instance_outbox, name="instance_outbox"),
]
