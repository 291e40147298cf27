from django.apps import AppConfig


class DocimportConfig(AppConfig):
    name = "docimport"
    verbose_name = "Nhập văn bản"
