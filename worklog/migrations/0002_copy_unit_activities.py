"""Move the rows of the former register "Hoạt động của đơn vị" (registers.UnitActivity) into the work log;
registers 0002 then drops that table, so one mechanism remains."""
from django.db import migrations

from worklog.legacy import copy_activities


def forwards(apps, schema_editor):
    UnitActivity = apps.get_model("registers", "UnitActivity")
    WorkLogEntry = apps.get_model("worklog", "WorkLogEntry")
    copy_activities(UnitActivity.objects.order_by("id").iterator(), WorkLogEntry)


class Migration(migrations.Migration):
    dependencies = [
        ("worklog", "0001_initial"),
        ("registers", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
