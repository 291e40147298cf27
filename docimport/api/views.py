"""API: upload a document (kept for review) or only extract it; list and read imports; accept a reviewed one."""
import datetime as dt

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, PermissionDenied
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from core.api.viewsets import OrganisationScopedReadOnlyViewSet
from core.permissions import FORBIDDEN_MESSAGE
from docimport.errors import DocumentImportError
from docimport.extract import public_json
from docimport.jobs import HANDLERS as JOB_HANDLERS
from docimport.jobs import document_extract_later, imported_document_create_later, needs_background
from docimport.models import ImportedDocument
from docimport.forms import draft_rows, review_units
from docimport.services import (
    CompletionRefused,
    TaskChoice,
    extract_file,
    imported_document_accept,
    imported_document_create,
)

from .serializers import (
    AcceptSerializer,
    ErrorSerializer,
    ImportedDocumentSerializer,
    ImportJobSerializer,
    UploadSerializer,
)


class ImportedDocumentViewSet(OrganisationScopedReadOnlyViewSet):
    """Văn bản nhập từ tệp. POST a file to create one for review; POST to `extract/` only reads it."""

    queryset = ImportedDocument.objects.all()
    serializer_class = ImportedDocumentSerializer
    parser_classes = [MultiPartParser, FormParser]

    def optimise(self, queryset):
        return queryset.defer("text")

    def _file(self, request):
        serializer = UploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data["file"]

    @extend_schema(request=UploadSerializer, responses={
        201: ImportedDocumentSerializer, 202: ImportJobSerializer, 400: ErrorSerializer})
    def create(self, request, *args, **kwargs):
        """Read a file and keep it for review, as the upload screen does: a large document (a scan, many pages, a
        big file) is read in the background - 202 with the job, whose `status_url` gives progress and then
        `imported_document`."""
        upload = self._file(request)
        data = upload.read()
        if needs_background(data, upload.name):
            job = imported_document_create_later(actor=self.membership, data=data, filename=upload.name)
            return Response(_job_payload(job, request), status=status.HTTP_202_ACCEPTED,
                            headers={"Location": _job_payload(job, request)["status_url"]})
        try:
            imported, duplicates = imported_document_create(actor=self.membership, data=data, filename=upload.name)
        except DocumentImportError as exc:
            return Response({"detail": exc.message, "code": exc.code}, status=status.HTTP_400_BAD_REQUEST)
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(FORBIDDEN_MESSAGE) from exc
        data = ImportedDocumentSerializer(imported, context=self.get_serializer_context()).data
        data["duplicates"] = {"same_file": [d.pk for d in duplicates.same_file],
                              "same_number": [str(d) for d in duplicates.same_number]}
        return Response(data, status=status.HTTP_201_CREATED)

    @extend_schema(request=UploadSerializer, parameters=[OpenApiParameter(
        "verbose", bool, description="1: kèm thông tin văn bản và các trường bổ sung (như `--verbose`)")],
        responses={200: OpenApiTypes.OBJECT, 202: ImportJobSerializer, 400: ErrorSerializer})
    @action(detail=False, methods=["post"])
    def extract(self, request):
        """Only read and extract (nothing saved but, for a large document, the job): the same JSON as
        `manage.py extract --json` (`?verbose=1`: with the document metadata and the extras, as `--verbose`).
        Same checks as the upload screen (kind by content, size); a scan, a PDF of many pages or a big file is
        read in the background: 202 with the job, whose `status_url` gives progress and then the same JSON in
        `result`."""
        upload = self._file(request)
        data = upload.read()
        verbose = request.query_params.get("verbose", "").lower() in {"1", "true", "yes"}
        if needs_background(data, upload.name):
            job = document_extract_later(actor=self.membership, data=data, filename=upload.name, verbose=verbose)
            payload = _job_payload(job, request)
            return Response(payload, status=status.HTTP_202_ACCEPTED, headers={"Location": payload["status_url"]})
        try:
            result = extract_file(data, upload.name, organisation=self.membership.organisation)
        except DocumentImportError as exc:
            return Response({"detail": exc.message, "code": exc.code}, status=status.HTTP_400_BAD_REQUEST)
        return Response(public_json(result, verbose=verbose))

    @extend_schema(request=None, responses={200: ImportJobSerializer, 404: ErrorSerializer})
    @action(detail=False, methods=["get"], url_path=r"jobs/(?P<job_id>[0-9]{1,12})", url_name="job")
    def job(self, request, job_id=None):
        """Progress and result of a document read in the background (by `extract/` or by creating an import).
        Another person's job, or a job that is not a document import, is not found."""
        from core.jobs import handler_name, job_get_for
        from core.models import Job

        try:
            job = job_get_for(actor=self.membership, pk=int(job_id))
        except Job.DoesNotExist:
            raise NotFound("Không tìm thấy công việc này.") from None
        if job.handler not in {handler_name(function) for function in JOB_HANDLERS}:
            raise NotFound("Không tìm thấy công việc này.")
        return Response(_job_payload(job, request))

    @extend_schema(request=AcceptSerializer, responses=dict)
    @action(detail=True, methods=["post"], parser_classes=[JSONParser, FormParser, MultiPartParser])
    def accept(self, request, pk=None):
        """Accept a reviewed import: the source document and the chosen tasks, in one transaction (the same
        service as the review screen). 404 for another organisation's import, 403 without permission, 400 with
        the Vietnamese reasons (nothing saved), 409 when tasks said completed cannot be recorded as such."""
        imported = self.get_object()
        serializer = AcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            choices = _task_choices(self.membership, imported, data.get("tasks"))
        except DjangoValidationError as exc:
            return Response({"detail": exc.messages}, status=status.HTTP_400_BAD_REQUEST)
        try:
            source, tasks = imported_document_accept(
                actor=self.membership, imported=imported, tasks=choices, doc_type=data.get("doc_type"),
                number=data.get("number"), issued_on=data.get("issued_on"), issuer=data.get("issuer"),
                summary=data.get("summary"),
                keep_open_when_completion_refused=data["keep_open_when_completion_refused"],
            )
        except CompletionRefused as exc:
            return Response({"detail": exc.messages, "code": "completion_refused",
                             "tasks": [position for position, _ in exc.refusals]}, status=status.HTTP_409_CONFLICT)
        except DjangoValidationError as exc:
            return Response({"detail": exc.messages}, status=status.HTTP_400_BAD_REQUEST)
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(FORBIDDEN_MESSAGE) from exc
        left_open = [choice.number for choice, task in zip(choices, tasks) if choice.completed_on and not task.completed_on]
        return Response({"source_document": source.pk, "source_document_url": source.get_absolute_url(),
                         "tasks": [task.pk for task in tasks], "left_open": left_open}, status=status.HTTP_201_CREATED)


def _job_payload(job, request) -> dict:
    from django.urls import reverse

    imported = (job.result or {}).get("imported") if job.handler.endswith(".extract_document") else None
    return {
        "id": job.pk, "status": job.status, "percent": job.percent, "status_line": job.status_line,
        "error": job.error or "", "status_url": request.build_absolute_uri(reverse("imported-document-job",
                                                                                  args=[job.pk])),
        "page_url": request.build_absolute_uri(job.get_absolute_url()),
        "result": (job.result or None) if job.is_finished else None,
        "imported_document": imported,
        "imported_document_url": request.build_absolute_uri(job.result_url) if imported and job.result_url else "",
    }


# what a task the extraction missed starts from: nothing read, every value the client's
_MISSED_TASK_ROW = {"text": "", "unit": None, "deadline_text": "", "due_date": None, "coordinating": [],
                    "coordinating_text": "", "leader": "", "unit_text": "", "completed_on": None, "assigned_on": None}


def _task_choices(membership, imported, requested) -> list[TaskChoice]:
    """TaskChoice objects from the API request; unknown indexes and units of another organisation are refused.
    A field left out keeps the review's initial value (the same rows as the screen: unit matched once, dates)."""
    unit_list = review_units(imported)
    units = {unit.pk: unit for unit in unit_list}
    rows = draft_rows(imported, unit_list)
    if requested is None:
        requested = [{"index": index} for index, row in enumerate(rows) if row["unit"] is not None]
    choices, errors = [], []
    added = len(rows)  # tasks without an index are numbered after the extracted ones, as on the screen
    for item in requested:
        if "index" not in item:
            added += 1
            row, number = _MISSED_TASK_ROW, added
            if not (item.get("text") or "").strip():
                errors.append(f"Nhiệm vụ {number}: nhiệm vụ bổ sung cần nội dung.")
                continue
        else:
            number = item["index"] + 1
            if item["index"] >= len(rows):
                errors.append(f"Nhiệm vụ {number}: không có trong văn bản nhập này.")
                continue
            row = rows[item["index"]]
        unit = units.get(item["unit"]) if "unit" in item else row["unit"]
        if unit is None:
            errors.append(f"Nhiệm vụ {number}: hãy chọn đơn vị chủ trì trong danh sách đơn vị của tổ chức.")
            continue
        if "coordinating_units" in item:
            unknown = [pk for pk in item["coordinating_units"] if pk not in units]
            if unknown:
                errors.append(f"Nhiệm vụ {number}: đơn vị phối hợp không thuộc tổ chức.")
                continue
            coordinating = [units[pk] for pk in item["coordinating_units"] if pk != unit.pk]
            coordinating_text = item.get("coordinating_text", "")
        else:
            coordinating = [other for other in row["coordinating"] if other.pk != unit.pk]
            coordinating_text = item.get("coordinating_text", row["coordinating_text"])
        choices.append(TaskChoice(
            text=item.get("text") or row["text"], lead_unit=unit,
            deadline_text=item.get("deadline_text", row["deadline_text"]),
            due_date=item["due_date"] if "due_date" in item else row["due_date"], coordinating_units=coordinating,
            coordinating_text=coordinating_text or "", leader_name=row["leader"], unit_text=row["unit_text"],
            remember_alias=item.get("remember_alias", False),
            completed_on=item["completed_on"] if "completed_on" in item else row["completed_on"],
            assigned_on=row["assigned_on"], number=number,
        ))
    if errors:
        raise DjangoValidationError(errors)
    return choices


def _assigned_on(task: dict) -> dt.date | None:
    from docimport.extract import find_dates

    found = find_dates(task.get("assigning_document") or "")
    return found[0][2] if found else None
