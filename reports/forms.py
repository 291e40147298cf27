"""Forms of the reports screens: the outline editor (đề cương báo cáo)."""
from django import forms

from .assembly.outline import NUMBERING_CHOICES


class OutlineForm(forms.Form):
    """One outline version as an editor writes it: title pattern, opening, closing, numbering, one line per
    section "2.1. Tiêu đề | nguồn | đơn vị"."""

    title_pattern = forms.CharField(label="Mẫu trích yếu (mỗi dòng một dòng in)", widget=forms.Textarea(attrs={"rows": 2}))
    numbering = forms.ChoiceField(label="Cách đánh số", choices=NUMBERING_CHOICES)
    lines = forms.CharField(label="Các mục (mỗi dòng một mục: số thứ tự, tiêu đề | nguồn nội dung | đơn vị)",
                            widget=forms.Textarea(attrs={"rows": 18, "class": "font-monospace", "spellcheck": "false"}))
    opening = forms.CharField(label="Đoạn mở đầu (căn cứ)", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    closing = forms.CharField(label="Câu kết", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    note = forms.CharField(label="Ghi chú thay đổi", required=False, max_length=255)
    version_token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            base = "form-select" if isinstance(field, forms.ChoiceField) else "form-control"
            field.widget.attrs["class"] = f"{base} {field.widget.attrs.get('class', '')}".strip()
