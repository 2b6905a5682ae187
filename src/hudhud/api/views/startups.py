"""Hudhud's startup showcase: the directory, a startup, its growth series, and the
caller's own startup profile."""

from datetime import date
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import account_named
from hudhud.api.schemas.community import GrowthDay, Startup, growth_entity, startup_entity
from hudhud.community.models import Sector, Stage
from hudhud.community.models import Startup as StartupModel
from hudhud.community.selectors import growth_of, startups
from hudhud.community.startups import startup_update

router = Router(tags=["hudhud: startups"])


class StartupsQuery(Schema):
    sector: Sector | Literal[""] = ""
    stage: Stage | Literal[""] = ""


class GrowthQuery(Schema):
    #: How far back: the pages draw 30, 90 or 365 days.
    days: int = Field(90, ge=1, le=366)


class StartupChange(Schema):
    sector: Sector
    stage: Stage
    founded_on: date
    website: str = Field("", max_length=300)


@router.get("/hudhud/v1/startups", response=list[Startup], auth=token("read", optional=True))
def directory(request: HttpRequest, query: Query[StartupsQuery]) -> list[Startup]:
    found = startups(sector=query.sector, stage=query.stage)
    return [startup_entity(item) for item in found[:80]]


def _startup(id: str) -> StartupModel:
    found = StartupModel.objects.select_related("account").filter(account=account_named(id)).first()
    if found is None:
        raise Http404
    return found


@router.get("/hudhud/v1/startups/{id}", response=Startup, auth=token("read", optional=True))
def one(request: HttpRequest, id: str) -> Startup:
    return startup_entity(_startup(id))


@router.get(
    "/hudhud/v1/startups/{id}/growth",
    response=list[GrowthDay],
    auth=token("read", optional=True),
)
def growth(request: HttpRequest, id: str, query: Query[GrowthQuery]) -> list[GrowthDay]:
    """Return a startup's recorded days over the last `days` days, oldest first."""
    return [growth_entity(day) for day in growth_of(_startup(id).account, days=query.days)]


@router.put("/hudhud/v1/startup", response=Startup, auth=token("write:accounts"))
def change(request: HttpRequest, body: StartupChange) -> Startup:
    """Set the caller's startup profile (startup accounts)."""
    made = startup_update(
        account=signed_in(request),
        sector=body.sector,
        stage=body.stage,
        founded_on=body.founded_on,
        website=body.website,
    )
    return startup_entity(made)
