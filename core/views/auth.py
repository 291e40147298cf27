from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.views.generic import TemplateView
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

    def get_context_data(self, **kwargs):
        from core.sso import sso_enabled, sso_label

        context = super().get_context_data(**kwargs)
        context.update(sso_enabled=sso_enabled(), sso_label=sso_label())
        return context


class ApiTokenView(LoginRequiredMixin, TemplateView):
    """The owner's API tokens: listed, revoked, or a new one issued (its key shown once)."""

    template_name = "registration/api_tokens.html"

    def get_context_data(self, **kwargs):
        from django.conf import settings

        from core.tokens import tokens_of

        context = super().get_context_data(**kwargs)
        context.update(tokens=tokens_of(self.request.user), ttl_days=getattr(settings, "API_TOKEN_TTL_DAYS", 30))
        return context

    def post(self, request, *args, **kwargs):
        from rest_framework.authtoken.models import Token

        from core.tokens import token_revoke

        if request.POST.get("issue"):
            token_revoke(user=request.user)
            token = Token.objects.create(user=request.user)
            messages.success(request, "Đã cấp khóa API mới.")
            return self.render_to_response(self.get_context_data(new_key=token.key))
        token_id = request.POST.get("revoke", "")
        if token_revoke(user=request.user, token_id=token_id):
            messages.success(request, "Đã thu hồi khóa API.")
        else:
            messages.error(request, "Không tìm thấy khóa API này.")
        return HttpResponseRedirect(reverse("api_tokens"))
