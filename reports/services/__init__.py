"""The reports' services, by job: `workflow` (every write, each through the gate `require(actor, …)`) and
`rendering` (content, .docx, workbook, differences; reads only). Callers import from here."""
from .outlines import (
    OutlineError,
    current_outline,
    install_default,
    outline_for,
    outline_lines,
    outline_save,
    outline_token,
    parse_outline,
)
from .rendering import (
    appendices_xlsx,
    compose,
    frame_context,
    render_content_docx,
    render_report_docx,
    render_version_docx,
    template_for,
    version_diff,
)
from .workflow import (
    DEFAULT_RECIPIENTS,
    DuplicateReport,
    FROZEN_MESSAGE,
    ReportError,
    SECTION_FORM_FIELDS,
    TEXT_FORM_FIELDS,
    existing_report,
    next_number,
    period_for,
    report_approve,
    report_compile,
    report_create,
    report_create_for_period,
    report_issue,
    report_regenerate,
    report_update_text,
    rule_for,
    section_update,
    template_upload,
)

__all__ = [
    "OutlineError", "current_outline", "install_default", "outline_for", "outline_lines", "outline_save",
    "outline_token", "parse_outline",
    "DEFAULT_RECIPIENTS", "DuplicateReport", "FROZEN_MESSAGE", "existing_report", "ReportError", "appendices_xlsx", "compose", "frame_context",
    "next_number", "period_for", "render_content_docx", "render_report_docx", "render_version_docx",
    "report_approve", "report_compile", "report_create", "report_create_for_period", "report_issue",
    "report_regenerate", "report_update_text", "rule_for", "section_update", "template_for", "template_upload",
    "version_diff", "SECTION_FORM_FIELDS", "TEXT_FORM_FIELDS",
]
