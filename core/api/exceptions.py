"""API errors in Vietnamese, never a 500 for a bad request: a bad query parameter is a 400, deleting a row that
other rows still use is a 409 with the reason."""
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import protected_reason
from core.params import BadParameter


def exception_handler(exc, context):
    if isinstance(exc, BadParameter):
        return Response({"detail": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, (ProtectedError, RestrictedError)):
        return Response({"detail": protected_reason(exc)}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, Http404):
        # get_object_or_404's "No Unit matches the given query." is English and names the model: the same
        # Vietnamese "not found" for every missing or foreign row
        exc = exceptions.NotFound()
    return drf_exception_handler(exc, context)
