from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Nền tảng"

    def ready(self):
        from core.uploads import connect_guard

        connect_guard()  # every newly assigned file is checked, whichever service saves it

        from core import tokens  # noqa: F401  (a password change revokes the account's API tokens)

        from core import figure_cache

        figure_cache.connect()  # a write into a closed period's records invalidates its cached figures
