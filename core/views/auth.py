from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm

from core.auth import is_locked, locked_message


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "inactive": "Tài khoản này đã bị khóa.",
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if is_locked(self.request, username):
            raise forms.ValidationError(locked_message(), code="locked")
        try:
            return super().clean()
        except forms.ValidationError:
            if is_locked(self.request, username):  # this failure was the last one allowed
                raise forms.ValidationError(locked_message(), code="locked") from None
            raise


class LoginView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    redirect_authenticated_user = True
