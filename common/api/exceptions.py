"""Errors are always JSON, and a model's own validation is a 400 with the admin's message (a 409 when the
only problem is that the record exists already)."""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.serializers import as_serializer_error
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

DUPLICATE_CODES = {"unique", "unique_together"}  # what Model.validate_constraints() says of a clash


class Conflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This record exists already."
    default_code = "conflict"


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"

    def __init__(self):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        super().__init__(f"The request body is larger than the {limit:,} bytes this API accepts.")


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = (
        "The record is not the one you read: its ETag no longer matches If-Match (or it changed after "
        "If-Unmodified-Since). Read it again, then send your change with the new ETag."
    )
    default_code = "precondition_failed"


def _only_duplicates(exc: DjangoValidationError) -> bool:
    errors = [e for found in exc.error_dict.values() for e in found] if hasattr(exc, "error_dict") else exc.error_list
    return bool(errors) and all(error.code in DUPLICATE_CODES for error in errors)


def exception_handler(exc, context):
    if isinstance(exc, RequestDataTooBig):
        # Django's own answer would be its HTML 400 page and a logged traceback (django.security).
        exc = PayloadTooLarge()
    if isinstance(exc, DjangoValidationError):
        # full_clean() in a service: same messages as the admin form, keyed by field.
        detail = as_serializer_error(exc)
        if NON_FIELD_ERRORS in detail:
            detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop(NON_FIELD_ERRORS)
        exc = Conflict(detail) if _only_duplicates(exc) else ValidationError(detail)
    response = drf_exception_handler(exc, context)
    request = context.get("request")
    renderer = getattr(request, "accepted_renderer", None)
    if response is not None and request is not None and (renderer is None or renderer.format in {"csv", "zip"}):
        # An error has no rows: say what went wrong in JSON even when CSV was asked for, or when no
        # format could be agreed (406, a bad ``?format=``).
        request.accepted_renderer = JSONRenderer()
        request.accepted_media_type = JSONRenderer.media_type
    return response
