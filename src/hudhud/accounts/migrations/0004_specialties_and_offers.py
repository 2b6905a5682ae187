# A profile names up to three specialties with keywords, says whether it is open to job
# offers, and whether it shows its identity focus.

from typing import Any

from django.db import migrations, models


def specialty_to_list(apps: Any, schema_editor: Any) -> None:
    Account = apps.get_model("accounts", "Account")
    for account in Account.objects.exclude(specialty=""):
        account.specialties = [{"name": account.specialty, "keywords": []}]
        account.save(update_fields=["specialties"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_relationships_endorsements_notes_and_posting_defaults"),
        # The search index's first migration reads the single specialty.
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="account",
            name="specialties",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="account",
            name="open_to_offers",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="account",
            name="focus_public",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(specialty_to_list, migrations.RunPython.noop),
        migrations.RemoveField(model_name="account", name="specialty"),
    ]
