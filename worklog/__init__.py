"""Nhật ký công tác: what each unit did (or plans to do), typed once, read by the reports (issue 12, item 3)."""
