"""Django's JSON serialization without loss: datetimes and times keep their microseconds (used by backups).

Registered as the format "fulljson" (settings.SERIALIZATION_MODULES); the files are plain JSON.
"""
import datetime as dt

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder


class FullPrecisionEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, (dt.datetime, dt.time)):
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = FullPrecisionEncoder


Deserializer = django_json.Deserializer
