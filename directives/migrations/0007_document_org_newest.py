from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("directives", "0006_search_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="sourcedocument",
            index=models.Index(fields=["organisation", "-id"], name="directives_document_org_newest"),
        ),
    ]
