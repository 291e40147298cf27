"""Serializers of the registers, generated from the registry (`RadiationLicenceSerializer`, …)."""
from core.api.viewsets import OrganisationScopedSerializer

from ..registry import REGISTERS


def build_serializer(register):
    meta = type("Meta", (), {"model": register.model, "fields": ["id", *register.form_fields]})
    return type(f"{register.name}Serializer", (OrganisationScopedSerializer,), {"Meta": meta, "__module__": __name__})


SERIALIZERS = {register.model: build_serializer(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in SERIALIZERS.values()})
