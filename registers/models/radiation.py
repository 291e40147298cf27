"""An toàn bức xạ: facilities, devices and sources, licences, worker certificates, declarations, incidents."""
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from registers.choices import (
    DeclarationKind, DeviceKind, DeviceStatus, FacilityKind, IncidentEventKind, IncidentStatus, LicenceKind,
    LicenceStatus,
)

from .base import RegisterRecord, check_order, raise_errors


class RadiationFacility(RegisterRecord):
    """Cơ sở bức xạ: a hospital, clinic or company that uses radiation sources or X-ray equipment."""

    SEARCH_FIELDS = ("name", "address", "owner")

    name = models.CharField(_("tên cơ sở"), max_length=255)
    kind = models.CharField(_("loại cơ sở"), max_length=20, choices=FacilityKind.choices, default=FacilityKind.MEDICAL)
    owner = models.CharField(_("tổ chức chủ quản"), max_length=255, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("cơ sở bức xạ")
        verbose_name_plural = _("cơ sở bức xạ")
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class RadiationDevice(RegisterRecord):
    """Thiết bị bức xạ, nguồn phóng xạ (e.g. an industrial gamma camera with an Ir-192 source of 70 Ci)."""

    SEARCH_FIELDS = ("name", "serial_number", "nuclide", "facility__name")

    facility = models.ForeignKey(RadiationFacility, on_delete=models.PROTECT, related_name="devices",
                                 verbose_name=_("cơ sở"))
    kind = models.CharField(_("loại thiết bị"), max_length=30, choices=DeviceKind.choices, default=DeviceKind.MEDICAL_XRAY)
    name = models.CharField(_("tên, model thiết bị"), max_length=255)
    serial_number = models.CharField(_("số sê-ri"), max_length=100, blank=True)
    nuclide = models.CharField(_("đồng vị phóng xạ"), max_length=30, blank=True, help_text=_("Ví dụ: Ir-192"))
    activity = models.DecimalField(_("hoạt độ"), max_digits=14, decimal_places=3, null=True, blank=True,
                                   validators=[MinValueValidator(0)])
    activity_unit = models.CharField(_("đơn vị hoạt độ"), max_length=10, blank=True, help_text=_("Ci, mCi, GBq…"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=DeviceStatus.choices, default=DeviceStatus.IN_USE)

    class Meta:
        verbose_name = _("thiết bị, nguồn bức xạ")
        verbose_name_plural = _("thiết bị, nguồn bức xạ")
        ordering = ["facility__name", "name", "id"]

    def __str__(self) -> str:
        source = f" ({self.nuclide}, {self.activity:g} {self.activity_unit})" if self.nuclide and self.activity else ""
        return f"{self.name}{source}"


class RadiationLicence(RegisterRecord):
    """Giấy phép tiến hành công việc bức xạ, and the dossiers returned or refused."""

    PERIOD_FIELD = "issued_on"
    SEARCH_FIELDS = ("number", "facility__name", "work")
    UNIQUE_IN_ORGANISATION = {"number": _("Số giấy phép “%(value)s” đã có trong sổ giấy phép.")}

    facility = models.ForeignKey(RadiationFacility, on_delete=models.PROTECT, related_name="licences",
                                 verbose_name=_("cơ sở"))
    kind = models.CharField(_("hình thức"), max_length=20, choices=LicenceKind.choices, default=LicenceKind.NEW)
    status = models.CharField(_("kết quả"), max_length=20, choices=LicenceStatus.choices, default=LicenceStatus.ISSUED)
    number = models.CharField(_("số giấy phép"), max_length=60, blank=True)
    work = models.CharField(_("công việc bức xạ"), max_length=255, blank=True,
                            help_text=_("Ví dụ: sử dụng thiết bị X-quang chẩn đoán trong y tế"))
    received_on = models.DateField(_("ngày nhận hồ sơ"), null=True, blank=True)
    issued_on = models.DateField(_("ngày cấp / trả hồ sơ"))
    expires_on = models.DateField(_("ngày hết hạn"), null=True, blank=True)
    return_reason = models.CharField(_("lý do trả lại, từ chối"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("giấy phép bức xạ")
        verbose_name_plural = _("giấy phép bức xạ")
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["organisation", "issued_on"]), models.Index(fields=["organisation", "expires_on"])]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "number"], condition=~Q(number=""),
                                    name="registers_licence_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.number or self.get_status_display()} — {self.facility}" if self.facility_id else self.number

    def clean(self):
        errors: dict = {}
        check_order(errors, self.issued_on, self.expires_on, "expires_on", _("Ngày hết hạn phải sau ngày cấp."))
        check_order(errors, self.received_on, self.issued_on, "issued_on", _("Ngày cấp không thể trước ngày nhận hồ sơ."))
        if self.status == LicenceStatus.ISSUED:
            if not self.number:
                errors.setdefault("number", []).append(_("Giấy phép đã cấp phải có số giấy phép."))
            if not self.expires_on:
                errors.setdefault("expires_on", []).append(_("Giấy phép đã cấp phải có ngày hết hạn."))
        elif not self.return_reason:
            errors.setdefault("return_reason", []).append(_("Ghi lý do trả lại hoặc từ chối hồ sơ."))
        raise_errors(errors)


class RadiationCertificate(RegisterRecord):
    """Chứng chỉ nhân viên bức xạ."""

    PERIOD_FIELD = "issued_on"
    SEARCH_FIELDS = ("holder", "number", "facility__name")
    UNIQUE_IN_ORGANISATION = {"number": _("Số chứng chỉ “%(value)s” đã được cấp.")}

    holder = models.CharField(_("người được cấp"), max_length=150)
    facility = models.ForeignKey(RadiationFacility, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="certificates", verbose_name=_("cơ sở làm việc"))
    number = models.CharField(_("số chứng chỉ"), max_length=60, blank=True)
    issued_on = models.DateField(_("ngày cấp"))
    expires_on = models.DateField(_("ngày hết hạn"), null=True, blank=True)

    class Meta:
        verbose_name = _("chứng chỉ nhân viên bức xạ")
        verbose_name_plural = _("chứng chỉ nhân viên bức xạ")
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["organisation", "issued_on"])]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "number"], condition=~Q(number=""),
                                    name="registers_certificate_number_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.holder}{f' ({self.number})' if self.number else ''}"

    def clean(self):
        errors: dict = {}
        check_order(errors, self.issued_on, self.expires_on, "expires_on", _("Ngày hết hạn phải sau ngày cấp."))
        raise_errors(errors)


class RadiationDeclaration(RegisterRecord):
    """Khai báo thiết bị bức xạ (a new X-ray device, a device stopped)."""

    PERIOD_FIELD = "declared_on"
    SEARCH_FIELDS = ("facility__name", "device_description")

    kind = models.CharField(_("loại khai báo"), max_length=20, choices=DeclarationKind.choices,
                            default=DeclarationKind.NEW_DEVICE)
    facility = models.ForeignKey(RadiationFacility, on_delete=models.PROTECT, related_name="declarations",
                                 verbose_name=_("cơ sở"))
    device = models.ForeignKey(RadiationDevice, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="declarations", verbose_name=_("thiết bị"))
    device_description = models.CharField(_("mô tả thiết bị"), max_length=255, blank=True)
    declared_on = models.DateField(_("ngày khai báo"))

    class Meta:
        verbose_name = _("khai báo thiết bị bức xạ")
        verbose_name_plural = _("khai báo thiết bị bức xạ")
        ordering = ["-declared_on", "-id"]
        indexes = [models.Index(fields=["organisation", "declared_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.facility}" if self.facility_id else self.get_kind_display()

    def clean(self):
        if self.device_id and self.facility_id and self.device.facility_id != self.facility_id:
            from django.core.exceptions import ValidationError

            raise ValidationError({"device": _("Thiết bị không thuộc cơ sở đã chọn.")})


class RadiationIncident(RegisterRecord):
    """Sự cố bức xạ (seed 004: an Ir-192 source lost, searched for, found, handed over)."""

    PERIOD_FIELD = "occurred_on"
    SEARCH_FIELDS = ("title", "location", "nuclide", "summary")

    title = models.CharField(_("tên sự cố"), max_length=255)
    facility = models.ForeignKey(RadiationFacility, on_delete=models.PROTECT, null=True, blank=True,
                                 related_name="incidents", verbose_name=_("cơ sở"))
    device = models.ForeignKey(RadiationDevice, on_delete=models.PROTECT, null=True, blank=True,
                               related_name="incidents", verbose_name=_("thiết bị, nguồn"))
    nuclide = models.CharField(_("đồng vị phóng xạ"), max_length=30, blank=True)
    activity = models.DecimalField(_("hoạt độ"), max_digits=14, decimal_places=3, null=True, blank=True,
                                   validators=[MinValueValidator(0)])
    activity_unit = models.CharField(_("đơn vị hoạt độ"), max_length=10, blank=True)
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    occurred_on = models.DateField(_("ngày xảy ra / phát hiện"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=IncidentStatus.choices, default=IncidentStatus.OPEN)
    closed_on = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    summary = models.TextField(_("tóm tắt"), blank=True)

    class Meta:
        verbose_name = _("sự cố bức xạ")
        verbose_name_plural = _("sự cố bức xạ")
        ordering = ["-occurred_on", "-id"]
        indexes = [models.Index(fields=["organisation", "occurred_on"])]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        errors: dict = {}
        check_order(errors, self.occurred_on, self.closed_on, "closed_on", _("Ngày kết thúc không thể trước ngày xảy ra."))
        raise_errors(errors)


class IncidentEvent(RegisterRecord):
    """One dated step of an incident's timeline (reported, searched, found, handed over…)."""

    PERIOD_FIELD = "happened_on"
    SEARCH_FIELDS = ("description", "document", "incident__title")

    incident = models.ForeignKey(RadiationIncident, on_delete=models.CASCADE, related_name="events",
                                 verbose_name=_("sự cố"))
    happened_on = models.DateField(_("ngày"))
    kind = models.CharField(_("diễn biến"), max_length=20, choices=IncidentEventKind.choices, default=IncidentEventKind.OTHER)
    description = models.TextField(_("nội dung"))
    document = models.CharField(_("văn bản liên quan"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("diễn biến sự cố")
        verbose_name_plural = _("diễn biến sự cố")
        ordering = ["incident", "happened_on", "id"]
        indexes = [models.Index(fields=["organisation", "happened_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.happened_on:%d/%m/%Y})" if self.happened_on else self.get_kind_display()
