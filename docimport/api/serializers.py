from rest_framework import serializers

from core.uploads import DOCUMENT_IMPORT_KINDS, UploadValidator
from docimport.models import ImportedDocument


class ImportedDocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportedDocument
        fields = ["id", "file_name", "file_kind", "pages", "encoding", "sha256", "doc_type", "doc_kind", "number_symbol",
                  "doc_date", "issuer", "title", "signer", "position", "status", "task_count", "source_document",
                  "result", "created_at"]
        read_only_fields = fields


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="Tệp .docx, .doc, .pdf (có lớp chữ hoặc bản quét) hoặc .txt; kiểm tra "
                                           "loại theo nội dung và dung lượng như màn hình tải lên",
                                 validators=[UploadValidator(DOCUMENT_IMPORT_KINDS)])


class AcceptTaskSerializer(serializers.Serializer):
    """One reviewed task: `index` in the import's tasks, any field left out keeping the extracted value; without
    `index`, a task the document has and the extraction missed, given by its `text` and `unit`."""

    index = serializers.IntegerField(min_value=0, required=False, help_text="vị trí trong các nhiệm vụ đã đọc; bỏ "
                                     "trống để thêm nhiệm vụ có trong văn bản nhưng chưa được nhận ra (khi đó cần text và unit)")
    unit = serializers.IntegerField(required=False, help_text="id của đơn vị chủ trì (mặc định: đơn vị đối chiếu được)")
    text = serializers.CharField(required=False, allow_blank=False)
    deadline_text = serializers.CharField(required=False, allow_blank=True)
    due_date = serializers.DateField(required=False, allow_null=True, input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    coordinating_units = serializers.ListField(child=serializers.IntegerField(), required=False)
    coordinating_text = serializers.CharField(required=False, allow_blank=True)
    completed_on = serializers.DateField(required=False, allow_null=True, input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    remember_alias = serializers.BooleanField(required=False, default=False)


class AcceptSerializer(serializers.Serializer):
    """Accept a reviewed import. Without `tasks`, every task whose unit matches a unit of the organisation."""

    tasks = AcceptTaskSerializer(many=True, required=False)
    doc_type = serializers.CharField(required=False)
    number = serializers.CharField(required=False, allow_blank=True)
    issued_on = serializers.DateField(required=False, input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    issuer = serializers.CharField(required=False, max_length=150)
    summary = serializers.CharField(required=False, allow_blank=True)
    keep_open_when_completion_refused = serializers.BooleanField(required=False, default=False)


class ImportJobSerializer(serializers.Serializer):
    """A large document read in the background (a scan, many pages, a big file): poll `status_url` until `status`
    is `succeeded` (then `result`) or `failed` (then `error`, in Vietnamese)."""

    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=["queued", "running", "succeeded", "failed"])
    percent = serializers.IntegerField(help_text="Tiến độ 0–100")
    status_line = serializers.CharField(help_text="Dòng trạng thái (tiếng Việt)")
    error = serializers.CharField(allow_blank=True)
    status_url = serializers.CharField(help_text="URL của API để hỏi trạng thái")
    page_url = serializers.CharField(help_text="Trang tiến độ trên giao diện")
    result = serializers.JSONField(allow_null=True, help_text="Với extract/: cùng JSON như câu trả lời đồng bộ; "
                                                              "với tạo mới: {imported, tasks}")
    imported_document = serializers.IntegerField(allow_null=True, help_text="id văn bản nhập đã tạo (tạo mới)")
    imported_document_url = serializers.CharField(allow_blank=True, help_text="Trang rà soát của văn bản đã tạo")


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField(required=False)
