from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache

from core.auth import LOCKED_MESSAGE, _keys


class ThrottledAuthenticationForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "inactive": "Tài khoản này đã bị khóa.",
    }

    def clean(self):
        username = self.cleaned_data.get("username")
        if any(cache.get(key, 0) >= settings.LOGIN_MAX_FAILURES for key in _keys(self.request, username)):
            raise forms.ValidationError(LOCKED_MESSAGE.format(minutes=settings.LOGIN_LOCKOUT_SECONDS // 60))
        return super().clean()


class LoginView(auth_views.LoginView):
    form_class = ThrottledAuthenticationForm
    redirect_authenticated_user = True
