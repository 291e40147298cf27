"""The registers, declared once. Forms, filters, tables, importers, serializers, views, URLs, API routes,
menu entries and the parametrised tests are all generated from these declarations.

A declaration names the model, its URL slug, the fields of the form (`unit` and `note` are added), the
list columns, the filter fields (a date range on the model's `PERIOD_FIELD` is added), the import key,
and `sample`: valid form data for tests ("@facility" refers to a helper object the test creates).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from core.formatting import capitalise_first

from . import models as m

GROUPS = {
    "radiation": ("An toàn bức xạ", "bi-radioactive"),
    "measurement": ("Đo lường", "bi-speedometer2"),
    "standards": ("Tiêu chuẩn, chất lượng", "bi-patch-check"),
    "ip": ("Sở hữu trí tuệ, đổi mới sáng tạo", "bi-lightbulb"),
    "technology": ("Thẩm định công nghệ", "bi-gear"),
    "inspection": ("Thanh tra", "bi-shield-check"),
    "procedures": ("Thủ tục hành chính", "bi-folder-check"),
}


@dataclass
class Register:
    model: type
    slug: str
    group: str
    fields: tuple[str, ...]
    columns: tuple[str, ...]
    filters: tuple[str, ...] = ()
    key_fields: tuple[str, ...] = ()
    import_required: tuple[str, ...] = ()
    sample: dict = field(default_factory=dict)
    select_related: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.model.__name__

    @property
    def model_name(self) -> str:
        return self.model._meta.model_name

    @property
    def form_fields(self) -> tuple[str, ...]:
        return (*self.fields, "unit", "note")

    @property
    def label(self) -> str:
        return capitalise_first(self.model._meta.verbose_name_plural)


REGISTERS: list[Register] = [
    # --- an toàn bức xạ ---
    Register(m.RadiationFacility, "co-so-buc-xa", "radiation", ("name", "kind", "owner", "address", "phone"),
             ("name", "kind", "address", "unit"), ("kind",), key_fields=("name",), import_required=("name",),
             sample={"name": "Phòng khám Đa khoa An Bình", "kind": "medical", "address": "Đông Hà"}),
    Register(m.RadiationDevice, "thiet-bi-buc-xa", "radiation",
             ("facility", "kind", "name", "serial_number", "nuclide", "activity", "activity_unit", "status"),
             ("name", "facility", "kind", "nuclide", "activity", "activity_unit", "status"), ("kind", "status", "facility"),
             key_fields=("facility", "serial_number"), import_required=("facility", "name"),
             sample={"facility": "@facility", "kind": "radiography_source", "name": "Máy chụp ảnh gamma",
                     "nuclide": "Ir-192", "activity": "70", "activity_unit": "Ci", "status": "in_use"},
             select_related=("facility",)),
    Register(m.RadiationLicence, "giay-phep-buc-xa", "radiation",
             ("facility", "kind", "status", "number", "work", "received_on", "issued_on", "expires_on", "return_reason"),
             ("number", "facility", "kind", "status", "issued_on", "expires_on"), ("kind", "status", "facility"),
             key_fields=("number",), import_required=("facility", "issued_on"),
             sample={"facility": "@facility", "kind": "new", "status": "issued", "number": "15/2024/GP-SKHCN",
                     "work": "Sử dụng thiết bị X-quang chẩn đoán trong y tế", "issued_on": "05/03/2024",
                     "expires_on": "04/03/2027"},
             select_related=("facility",)),
    Register(m.RadiationCertificate, "chung-chi-buc-xa", "radiation",
             ("holder", "facility", "number", "issued_on", "expires_on"),
             ("holder", "number", "facility", "issued_on", "expires_on"), ("facility",), key_fields=("number",),
             import_required=("holder", "issued_on"),
             sample={"holder": "Nguyễn Văn An", "facility": "@facility", "number": "07/2024/CCNV", "issued_on": "12/03/2024"},
             select_related=("facility",)),
    Register(m.RadiationDeclaration, "khai-bao-buc-xa", "radiation",
             ("kind", "facility", "device", "device_description", "declared_on"),
             ("declared_on", "kind", "facility", "device_description"), ("kind", "facility"),
             import_required=("kind", "facility", "declared_on"),
             sample={"kind": "new_device", "facility": "@facility", "device_description": "Máy X-quang răng",
                     "declared_on": "20/03/2024"},
             select_related=("facility", "device")),
    Register(m.RadiationIncident, "su-co-buc-xa", "radiation",
             ("title", "facility", "device", "nuclide", "activity", "activity_unit", "location", "occurred_on", "status",
              "closed_on", "summary"),
             ("title", "occurred_on", "nuclide", "location", "status"), ("status",), key_fields=("title",),
             import_required=("title", "occurred_on"),
             sample={"title": "Mất nguồn Cs-137", "nuclide": "Cs-137", "activity": "5", "activity_unit": "mCi",
                     "location": "KCN Nam Đông Hà", "occurred_on": "02/04/2024", "status": "open"},
             select_related=("facility",)),
    Register(m.IncidentEvent, "dien-bien-su-co", "radiation", ("incident", "happened_on", "kind", "description", "document"),
             ("incident", "happened_on", "kind", "description", "document"), ("kind", "incident"),
             import_required=("incident", "happened_on", "description"),
             sample={"incident": "@incident", "happened_on": "03/04/2024", "kind": "found",
                     "description": "Tìm thấy nguồn còn nguyên vẹn"},
             select_related=("incident",)),
    # --- đo lường ---
    Register(m.VerificationRecord, "kiem-dinh", "measurement",
             ("performed_on", "activity", "instrument_type", "facility", "quantity", "passed", "failed", "description"),
             ("performed_on", "instrument_type", "activity", "facility", "quantity", "passed", "failed"),
             ("activity", "instrument_type"), import_required=("performed_on", "instrument_type", "facility", "quantity"),
             sample={"performed_on": "10/01/2024", "activity": "verification", "instrument_type": "can",
                     "facility": "Chợ Đông Hà", "quantity": "12", "passed": "11", "failed": "1"}),
    Register(m.TestSample, "mau-thu-nghiem", "measurement",
             ("received_on", "kind", "customer", "quantity", "passed", "failed", "description"),
             ("received_on", "kind", "customer", "quantity", "passed", "failed"), ("kind",),
             import_required=("received_on", "kind", "quantity"),
             sample={"received_on": "11/01/2024", "kind": "water", "customer": "Nhà máy nước", "quantity": "6"}),
    Register(m.ComplianceCheck, "kiem-tra-nha-nuoc", "measurement",
             ("domain", "topic", "decision", "partner", "started_on", "ended_on", "establishments_checked",
              "instruments_checked", "violations", "fine_amount", "result"),
             ("started_on", "domain", "topic", "establishments_checked", "violations", "fine_amount"), ("domain",),
             import_required=("domain", "topic", "started_on"),
             sample={"domain": "measurement", "topic": "Kiểm tra đo lường xăng dầu", "started_on": "15/04/2024",
                     "establishments_checked": "8", "instruments_checked": "30", "violations": "1", "fine_amount": "5000000"}),
    # --- tiêu chuẩn, chất lượng ---
    Register(m.ConformityDeclaration, "cong-bo-hop-chuan", "standards",
             ("kind", "notice_number", "notice_date", "enterprise", "product", "product_count", "standard"),
             ("notice_number", "notice_date", "kind", "product", "product_count", "enterprise"), ("kind",),
             import_required=("notice_date", "product"),
             sample={"kind": "standard", "notice_number": "12/TB-TĐC", "notice_date": "18/12/2023",
                     "enterprise": "Công ty TNHH Đá Xanh", "product": "Đá dăm", "product_count": "1"}),
    Register(m.BarcodeRegistration, "ma-so-ma-vach", "standards", ("action", "enterprise", "product", "handled_on"),
             ("handled_on", "action", "enterprise", "product"), ("action",), import_required=("enterprise", "handled_on"),
             sample={"action": "guidance", "enterprise": "HTX Rượu thóc Tân Lập", "handled_on": "05/05/2023"}),
    Register(m.StandardsUpdate, "kho-tieu-chuan", "standards", ("updated_on", "added_count", "total_after", "description"),
             ("updated_on", "added_count", "total_after", "description"), (),
             import_required=("updated_on", "added_count", "total_after"),
             sample={"updated_on": "10/01/2024", "added_count": "147", "total_after": "1007"}),
    Register(m.QualityProgramme, "nang-suat-chat-luong", "standards", ("kind", "title", "partner", "document", "held_on", "quantity"),
             ("held_on", "kind", "title", "partner"), ("kind",), import_required=("kind", "title", "held_on"),
             sample={"kind": "iso9001", "title": "Kế hoạch ISO 9001 năm 2024", "held_on": "31/01/2024"}),
    # --- sở hữu trí tuệ, đổi mới sáng tạo ---
    Register(m.IPCase, "so-huu-tri-tue", "ip",
             ("kind", "support", "enterprise", "subject", "handled_on", "is_transfer", "transfer_party"),
             ("handled_on", "kind", "support", "enterprise", "subject", "is_transfer"), ("kind", "support", "is_transfer"),
             import_required=("kind", "enterprise", "handled_on"),
             sample={"kind": "trademark", "support": "guided", "enterprise": "Công ty TNHH thực phẩm T&H",
                     "handled_on": "08/01/2024"}),
    Register(m.IPProject, "du-an-tai-san-tri-tue", "ip", ("kind", "title", "product", "level", "partner", "started_on", "progress"),
             ("title", "kind", "product", "started_on"), ("kind",), key_fields=("title",),
             import_required=("title", "started_on"),
             sample={"kind": "geographical_indication", "title": "Chỉ dẫn địa lý Chè vàng Quảng Trị",
                     "product": "Chè vàng", "started_on": "01/03/2024"}),
    Register(m.Initiative, "sang-kien", "ip", ("decision", "recognised_on", "level", "title", "initiative_count", "person_count"),
             ("recognised_on", "decision", "initiative_count", "person_count"), (),
             import_required=("recognised_on", "initiative_count"),
             sample={"decision": "Quyết định số 713/QĐ-UBND", "recognised_on": "24/04/2023", "level": "Cấp tỉnh",
                     "initiative_count": "3", "person_count": "14"}),
    Register(m.InnovationSupport, "khoi-nghiep", "ip", ("kind", "title", "beneficiary", "held_on", "quantity"),
             ("held_on", "kind", "title", "beneficiary", "quantity"), ("kind",), import_required=("kind", "title", "held_on"),
             sample={"kind": "startup_contest", "title": "Cuộc thi Khởi nghiệp ĐMST năm 2025", "held_on": "06/02/2025"}),
    # --- thẩm định công nghệ ---
    Register(m.TechnologyOpinion, "tham-dinh-cong-nghe", "technology",
             ("project", "investor", "location", "kind", "received_on", "issued_on", "document", "conclusion"),
             ("issued_on", "project", "investor", "kind", "document"), ("kind",), import_required=("project", "issued_on"),
             sample={"project": "Nhà máy BIOVALLEY Việt Nam", "investor": "Công ty Cổ phần BIOVALLEY Việt Nam",
                     "kind": "opinion", "issued_on": "05/01/2024"}),
    # --- thanh tra ---
    Register(m.InspectionPlan, "ke-hoach-thanh-tra", "inspection", ("year", "title", "document", "issued_on", "planned_count"),
             ("year", "title", "document", "issued_on", "planned_count"), ("year",), key_fields=("year",),
             import_required=("year", "title", "issued_on"),
             sample={"year": "2024", "title": "Kế hoạch thanh tra năm 2024", "document": "Kế hoạch số 2224/KH-SKH-CN",
                     "issued_on": "25/12/2023", "planned_count": "3"}),
    Register(m.Inspection, "thanh-tra", "inspection",
             ("plan", "kind", "field", "topic", "subjects", "subject_count", "instruments_checked", "decision", "partner",
              "started_on", "concluded_on", "conclusion_document", "conclusion", "violations", "amount_withdrawn",
              "amount_reduced", "fine_amount"),
             ("topic", "kind", "started_on", "concluded_on", "subject_count", "amount_reduced", "amount_withdrawn"),
             ("kind", "plan"), key_fields=("topic",), import_required=("topic",),
             sample={"kind": "specialised", "field": "Nhiệm vụ KH&CN", "topic": "Thanh tra nhiệm vụ KH&CN",
                     "subject_count": "4", "started_on": "06/06/2023", "concluded_on": "04/08/2023",
                     "amount_reduced": "45998409", "amount_withdrawn": "0", "fine_amount": "0",
                     "violations": "0", "instruments_checked": "0"},
             select_related=("plan",)),
    Register(m.Petition, "don-thu", "inspection", ("kind", "received_on", "sender", "summary", "within_competence", "status", "resolved_on"),
             ("received_on", "kind", "sender", "status", "resolved_on"), ("kind", "status"),
             import_required=("kind", "received_on", "sender", "summary"),
             sample={"kind": "petition", "received_on": "10/02/2025", "sender": "Ông Trần Văn B",
                     "summary": "Phản ánh cân sai tại chợ", "within_competence": "on", "status": "received"}),
    # --- thủ tục hành chính ---
    Register(m.Procedure, "thu-tuc-hanh-chinh", "procedures", ("code", "name", "field", "time_limit_days", "is_active"),
             ("code", "name", "field", "time_limit_days", "is_active"), ("is_active",), key_fields=("code",),
             import_required=("code", "name"),
             sample={"code": "BX-01", "name": "Cấp giấy phép tiến hành công việc bức xạ", "field": "An toàn bức xạ",
                     "time_limit_days": "10", "is_active": "on"}),
    Register(m.ProcedureDossier, "ho-so-tthc", "procedures",
             ("procedure", "code", "applicant", "received_on", "due_on", "status", "resolved_on", "return_reason", "supplements"),
             ("code", "procedure", "applicant", "received_on", "due_on", "status", "resolved_on"), ("status", "procedure"),
             key_fields=("code",), import_required=("procedure", "applicant", "received_on", "due_on"),
             sample={"procedure": "@procedure", "code": "HS-2024-001", "applicant": "Bệnh viện đa khoa tỉnh",
                     "received_on": "02/01/2024", "due_on": "16/01/2024", "status": "resolved",
                     "resolved_on": "15/01/2024", "supplements": "0"},
             select_related=("procedure",)),
]

BY_MODEL = {register.model: register for register in REGISTERS}
BY_NAME = {register.model_name: register for register in REGISTERS}


def register_for(model) -> Register:
    return BY_MODEL[model]
