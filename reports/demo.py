"""Demo report rules from the seeds (idempotent): period rule, Nơi nhận, signer of each demo organisation.

Quảng Trị's 6-month report (seed 003, for the HĐND session) counts the statistical cut-off 15/12/2022–14/06/2023; Ninh Thuận's
monthly report (seed 004) uses the statistical cut-off 15th → 14th; Bắc Kạn's 9-month report (seed 002).
"""
from core.models import Organisation
from core.seeding import upsert

from .choices import PeriodRule, ReportKind

RULES = {
    "quang-tri": [
        (ReportKind.HALF_YEAR, PeriodRule.STATISTICAL, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
         ["Sở Kế hoạch và Đầu tư", "Cục Thống kê", "Giám đốc, các PGĐ Sở", "Lưu: VT, VP"], ""),
        (ReportKind.MONTHLY, PeriodRule.CALENDAR, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
         ["UBND tỉnh", "Sở Kế hoạch và Đầu tư", "GĐ, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"], ""),
    ],
    "bac-kan": [
        (ReportKind.NINE_MONTHS, PeriodRule.STATISTICAL, "GIÁM ĐỐC", "Nguyễn Đình Điệp",
         ["Như trên", "Bộ KH&CN (b/c)", "UBND tỉnh (b/c)", "Ban GĐ Sở", "Các ĐV Khối VHXH", "Các phòng, đơn vị",
          "Lưu: VT"], "Kính gửi: Sở Kế hoạch và Đầu tư."),
    ],
    "ninh-thuan": [
        (ReportKind.MONTHLY, PeriodRule.STATISTICAL, "GIÁM ĐỐC", "Lê Tiến Dũng",
         ["VP UBND tỉnh", "VP HĐND tỉnh", "Sở KH&ĐT", "Cục Thống kê", "GĐ, các PGĐ Sở", "Các phòng, đơn vị",
          "Lưu: VT, VP"], ""),
    ],
}


def load(stdout=None):
    from .models import ReportRule

    written = 0
    for code, rules in RULES.items():
        organisation = Organisation.objects.filter(code=code).first()
        if organisation is None:
            continue
        for kind, period_rule, authority, signer, recipients, addressee in rules:
            _, created = upsert(ReportRule, {"organisation": organisation, "kind": kind}, {
                "period_rule": period_rule, "signer_authority": authority, "signer_name": signer,
                "recipients": "\n".join(recipients), "symbol": f"BC-{organisation.symbol}", "addressee": addressee,
            })
            written += created
    if stdout:
        stdout.write(f"  báo cáo: {written} cấu hình loại báo cáo mới")
