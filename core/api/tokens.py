"""`/api/auth/token/`: POST username + password → the account's token (a new one when it expired);
GET → the caller's tokens (public id, issued, expires); DELETE `/api/auth/token/<id>/` (or without id: all) →
revoked. The owner only ever sees and revokes their own."""
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from core.tokens import token_expires, token_issue, token_revoke, tokens_of

TokenInfo = inline_serializer("TokenInfo", many=True, fields={
    "id": serializers.CharField(), "created": serializers.DateTimeField(),
    "expires": serializers.DateTimeField(allow_null=True), "expired": serializers.BooleanField(),
})
IssuedToken = inline_serializer("IssuedToken", fields={
    "token": serializers.CharField(), "expires": serializers.DateTimeField(allow_null=True),
})


class TokenView(APIView):
    serializer_class = AuthTokenSerializer

    def get_permissions(self):
        return [AllowAny()] if self.request.method == "POST" else [IsAuthenticated()]

    def get_throttles(self):
        return [AnonRateThrottle()] if self.request.method == "POST" else []

    @extend_schema(request=AuthTokenSerializer, responses={200: IssuedToken})
    def post(self, request):
        serializer = AuthTokenSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        token = token_issue(user=serializer.validated_data["user"])
        return Response({"token": token.key, "expires": token_expires(token)})

    @extend_schema(responses={200: TokenInfo})
    def get(self, request):
        return Response(tokens_of(request.user))

    @extend_schema(operation_id="auth_token_revoke_all", responses={204: None})
    def delete(self, request):
        """Revoke all of the caller's tokens."""
        token_revoke(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="auth_token_revoke", responses={204: None, 404: None})
    def delete(self, request, token_id):
        """Revoke one of the caller's tokens by its public id (its first 8 characters)."""
        if not token_revoke(user=request.user, token_id=token_id):
            return Response({"detail": "Không tìm thấy khóa API này."}, status=status.HTTP_404_NOT_FOUND)
        return Response(status=status.HTTP_204_NO_CONTENT)
