"""The startup showcase: a startup's profile, the directory, and growth recorded once a day
by a task that queues the next day's."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hudhud.accounts.services import follow_create
from hudhud.community.models import Growth, Startup
from hudhud.community.selectors import growth_of, startups
from hudhud.community.startups import growth_record, record_growth, startup_update
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_a_startup_joins_the_showcase_and_its_first_day_is_recorded() -> None:
    nabta = make_account("nabta", kind="startup")
    follow_create(follower=make_account("sami"), target=nabta)
    post = make_post(nabta, "أطلقنا النسخة الأولى 🚀")
    make_post(make_account("hind"), "مبروك!", reply_to=post)

    startup_update(account=nabta, sector="education", stage="launched", founded_on=date(2024, 5, 1))

    [today] = Growth.objects.filter(account=nabta)
    assert today.day == timezone.localdate()
    assert (today.followers, today.posts, today.engagement) == (1, 1, 1.0)
    assert [s.account for s in startups()] == [nabta]
    assert [s.account for s in startups(sector="health")] == []


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"sector": "space"}, "sector"),
        ({"stage": "unicorn"}, "stage"),
        ({"founded_on": timezone.localdate() + timedelta(days=30)}, "future"),
        ({"website": "javascript:alert(1)"}, "website"),
    ],
)
def test_bad_profiles_are_refused(fields: dict, code: str) -> None:  # type: ignore[type-arg]
    values = {"sector": "education", "stage": "idea", "founded_on": date(2024, 1, 1), **fields}
    with pytest.raises(ValidationError) as refused:
        startup_update(account=make_account("nabta", kind="startup"), **values)
    assert refused.value.code == code
    assert not Startup.objects.exists()


def test_only_startups_are_in_the_showcase() -> None:
    with pytest.raises(ValidationError):
        startup_update(
            account=make_account("shop", kind="business"),
            sector="ecommerce",
            stage="idea",
            founded_on=date(2024, 1, 1),
        )


def test_a_day_is_recorded_once_and_never_before_it_comes() -> None:
    nabta = make_account("nabta", kind="startup")
    startup_update(account=nabta, sector="data", stage="idea", founded_on=date(2024, 1, 1))
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()

    record_growth.enqueue(nabta.pk, timezone.localdate().isoformat())  # a second chain
    record_growth.enqueue(nabta.pk, tomorrow)  # too early

    assert Growth.objects.filter(account=nabta).count() == 1


def test_growth_is_read_over_a_range_of_days() -> None:
    nabta = make_account("nabta", kind="startup")
    today = timezone.localdate()
    for back in (400, 100, 20, 1):
        growth_record(
            account=nabta, day=today - timedelta(days=back), followers=back, posts=1, engagement=0
        )

    assert [g.followers for g in growth_of(nabta, days=30)] == [20, 1]
    assert [g.followers for g in growth_of(nabta, days=365)] == [100, 20, 1]
