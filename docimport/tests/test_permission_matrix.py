"""The permission matrix of document import (ImportedDocument, ClerkDocumentPolicy): the unit's rules plus Văn thư
manage every import; screens and API alike. Uploading creates an import of the uploader's own unit, so staff of
another unit may upload too (their import is theirs); accepting is a CHANGE, deleting an accepted import takes its
tasks with it (tested in test_reimport)."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.testing import ALL_ACTIONS, READ_ACTIONS, PermissionMatrix
from docimport.models import ImportedDocument
from docimport.services import imported_document_create

NOTICE = ("Số: 12/TB-SKHCN\n\nAn Bình, ngày 02 tháng 3 năm 2026\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở\n\n"
          "1. Phòng Quản lý khoa học:\n- Hoàn thiện hồ sơ trước ngày 20/3/2026.\n")


class ImportedDocumentMatrix(PermissionMatrix):
    model = ImportedDocument
    api_basename = "imported-document"
    api_actions = frozenset({"list", "view", "add", "history"})  # no PATCH/DELETE on the API: 405 for everyone
    allowed = {
        **PermissionMatrix.unit_record_allowed(),
        "van_thu": ALL_ACTIONS,
        # an upload is an import of one's own unit (and organisation): staff of another unit, and a leader of
        # another organisation, may upload — into their own unit and organisation, never this one
        "chuyen_vien_khac": READ_ACTIONS | {"add"}, "giam_doc_to_chuc_khac": frozenset({"add"}),
    }

    def _label(self, obj):
        return obj.number_symbol

    def check_api(self, client, tenants, role, action, auth="session"):
        if action != "add":
            return super().check_api(client, tenants, role, action, auth)
        # an upload is multipart, not JSON
        from django.urls import reverse

        from core.testing import ANONYMOUS, login

        membership = None if role == ANONYMOUS else tenants.roles()[role]
        self.make_object(tenants)
        headers = {}
        if membership is not None and auth == "token":
            from rest_framework.authtoken.models import Token

            headers["HTTP_AUTHORIZATION"] = f"Token {Token.objects.get_or_create(user=membership.user)[0].key}"
        elif membership is not None:
            login(client, membership)
        before, count = self.state(), ImportedDocument.objects.count()
        response = client.post(reverse("imported-document-list"), self.add_data(tenants), **headers)
        if self.expected(role, "add"):
            assert response.status_code == 201, f"API/{auth} {role} add: {response.status_code}"
            assert ImportedDocument.objects.count() == count + 1
        else:
            assert response.status_code in (401, 403, 404), f"API/{auth} {role} add: {response.status_code}"
            assert self.state() == before

    def make_object(self, tenants):
        imported, _ = imported_document_create(actor=tenants.head, data=NOTICE.encode(), filename="tb-12.txt")
        return imported

    def add_data(self, tenants):
        return {"file": SimpleUploadedFile("tb-13.txt", NOTICE.replace("12/TB", "13/TB").encode())}

    def change_data(self, tenants, obj):
        return {"action": "discard"}


MATRIX = ImportedDocumentMatrix()


@pytest.mark.parametrize("role, action", MATRIX.web_cases())
def test_screens(client, tenants, role, action):
    MATRIX.check_web(client, tenants, role, action)


@pytest.mark.parametrize("role, action, auth", MATRIX.api_cases())
def test_api(client, tenants, role, action, auth):
    MATRIX.check_api(client, tenants, role, action, auth)


def test_matrix_size():
    assert len(MATRIX.web_cases()) == 60 and len(MATRIX.api_cases()) == 114
