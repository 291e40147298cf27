"""Forms for the organisation's units and people."""
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from core.choices import Role
from core.forms import OrganisationModelForm
from core.models import Membership, Unit


class UnitForm(OrganisationModelForm):
    class Meta:
        model = Unit
        fields = [
            "name", "short_name", "abbreviation", "code", "kind", "parent", "display_order", "email",
            "valid_from", "valid_to", "superseded_by", "aliases",
        ]
        widgets = {"aliases": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(pk=self.instance.pk)

    def clean_code(self):
        code = self.cleaned_data["code"]
        duplicates = Unit.objects.filter(organisation=self.membership.organisation, code=code)
        if self.instance.pk:
            duplicates = duplicates.exclude(pk=self.instance.pk)
        if duplicates.exists():
            raise ValidationError("Mã đơn vị này đã được dùng trong tổ chức.")
        return code


class MembershipForm(OrganisationModelForm):
    """Creates or edits a person of the organisation together with their login account."""

    username = forms.CharField(label="Tên đăng nhập", max_length=150)
    full_name = forms.CharField(label="Họ và tên", max_length=150)
    email = forms.EmailField(label="Thư điện tử", required=False)
    password = forms.CharField(
        label="Mật khẩu", required=False, widget=forms.PasswordInput(render_value=False),
        help_text="Để trống nếu không đổi mật khẩu (bắt buộc khi tạo mới).",
    )
    roles = forms.MultipleChoiceField(
        label="Vai trò", choices=Role.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Membership
        fields = ["unit", "position", "roles", "units_in_charge", "display_order", "is_active"]
        widgets = {"units_in_charge": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        from core.services import OWN_ROLES_MESSAGE, SHARED_ACCOUNT_MESSAGE, account_editable_by, is_own_membership

        super().__init__(*args, **kwargs)
        if self.instance.pk:
            user = self.instance.user
            self.fields["username"].initial = user.username
            self.fields["full_name"].initial = user.full_name
            self.fields["email"].initial = user.email
            if not account_editable_by(self.membership, user, self.instance.organisation):
                # the account is shared with another organisation (or is a superuser's): shown, not editable
                del self.fields["password"]
                for name in ("username", "full_name", "email"):
                    self.fields[name].disabled = True
                self.fields["username"].help_text = SHARED_ACCOUNT_MESSAGE
            if is_own_membership(self.membership, self.instance):
                for name in ("roles", "units_in_charge", "is_active"):
                    self.fields[name].disabled = True
                self.fields["roles"].help_text = OWN_ROLES_MESSAGE
        self.order_fields(["username", "full_name", "email", "password"])

    def clean_username(self):
        from core.permissions import acts_as_superuser
        from core.services import ACCOUNT_EXISTS_MESSAGE

        username = self.cleaned_data["username"].strip()
        users = get_user_model().objects.filter(username__iexact=username)
        if self.instance.pk:
            if users.exclude(pk=self.instance.user_id).exists():
                raise ValidationError("Tên đăng nhập này đã được dùng cho một tài khoản khác.")
            return username
        existing = users.first()
        if existing is not None and Membership.objects.filter(user=existing, organisation=self.membership.organisation).exists():
            raise ValidationError("Tên đăng nhập này đã có trong tổ chức.")
        if existing is not None and not acts_as_superuser(self.membership):
            raise ValidationError(ACCOUNT_EXISTS_MESSAGE)
        self._existing_user = existing
        return username

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if not self.instance.pk and not password and getattr(self, "_existing_user", None) is None \
                and "username" not in self.errors:
            self.add_error("password", "Vui lòng đặt mật khẩu cho tài khoản mới.")
        if password:
            try:
                validate_password(password)
            except ValidationError as exc:
                self.add_error("password", exc)
        return cleaned

    def save(self, commit=True):
        from core.services import membership_save

        return membership_save(
            actor=self.membership,
            membership=self.instance,
            username=self.cleaned_data["username"],
            full_name=self.cleaned_data["full_name"],
            email=self.cleaned_data.get("email", ""),
            password=self.cleaned_data.get("password") or None,
            units_in_charge=self.cleaned_data.get("units_in_charge"),
        )
