"""Documents at fixed addresses that clients and servers read first: NodeInfo and the OAuth
server's metadata under /.well-known/."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
