"""Token authentication whose tokens expire (`API_TOKEN_TTL_DAYS`, core/tokens.py)."""
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed


class ExpiringTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key):
        from core.tokens import token_is_expired

        user, token = super().authenticate_credentials(key)
        if token_is_expired(token):
            raise AuthenticationFailed("Khóa API đã hết hạn. Hãy lấy khóa mới tại /api/auth/token/.")
        return user, token
