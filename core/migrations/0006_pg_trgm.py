"""The trigram extension for the search indexes (PostgreSQL only: on SQLite the operation does nothing)."""
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0005_calendar_feeds"),
    ]

    operations = [
        TrigramExtension(),
    ]
