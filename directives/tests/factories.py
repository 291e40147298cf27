"""Build directives state the way the app does: through the services."""
import datetime as dt

from directives import services
from directives.choices import SourceType

D = dt.date


def make_document(actor, number="1490/UBND-TH", issued_on=D(2023, 4, 6), doc_type=SourceType.CONG_VAN,
                  issuer="UBND tỉnh", summary="V/v tham gia ý kiến"):
    return services.source_document_create(actor=actor, doc_type=doc_type, number=number, issued_on=issued_on,
                                           issuer=issuer, summary=summary)


def make_task(actor, unit, *, text="Báo cáo kết quả", assigned_on=D(2023, 1, 10), deadline_text="", source=None,
              **kwargs):
    return services.assigned_task_create(actor=actor, text=text, lead_unit=unit, assigned_on=assigned_on,
                                         deadline_text=deadline_text, source=source, **kwargs)
