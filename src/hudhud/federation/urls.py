"""Where other servers find this one's accounts: /.well-known/webfinger, host-meta, actors."""

from django.urls import URLPattern, path

from hudhud.federation import views

app_name = "federation"

urlpatterns: list[URLPattern] = [
    path(".well-known/webfinger", views.webfinger, name="webfinger"),
    path(".well-known/host-meta", views.host_meta, name="host_meta"),
    path("users/<str:username>", views.actor_document, name="actor"),
]
