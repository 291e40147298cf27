"""The register "Hoạt động của đơn vị" became the work log (worklog 0002 copied its rows first)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('registers', '0001_initial'),
        ('worklog', '0002_copy_unit_activities'),
    ]

    operations = [
        migrations.DeleteModel(
            name='HistoricalUnitActivity',
        ),
        migrations.DeleteModel(
            name='UnitActivity',
        ),
    ]
