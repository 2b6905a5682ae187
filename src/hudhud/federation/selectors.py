"""Federation's reads: the servers this one knows, for the moderators."""

from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from hudhud.accounts.models import Account
from hudhud.federation.models import Delivery, Instance


def _count(rows: QuerySet[Delivery] | QuerySet[Account], by: str) -> Coalesce:
    counted = rows.filter(**{by: OuterRef("domain")}).values(by).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def instances_overview() -> QuerySet[Instance]:
    """Return the known servers, those with a policy first, then the most failing, each
    with how many of its accounts are known (`accounts`), and its deliveries waiting
    (`waiting`), given up (`given_up`) and delivered (`delivered`)."""
    deliveries = Delivery.objects.all()
    return Instance.objects.annotate(
        accounts=_count(Account.objects.filter(local=False), "domain"),
        waiting=_count(deliveries.filter(delivered_at=None, given_up_at=None), "domain"),
        given_up=_count(deliveries.filter(~Q(given_up_at=None)), "domain"),
        delivered=_count(deliveries.filter(~Q(delivered_at=None)), "domain"),
    ).order_by("-policy", "-failures", "domain")
