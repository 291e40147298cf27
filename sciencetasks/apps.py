from django.apps import AppConfig


class SciencetasksConfig(AppConfig):
    name = "sciencetasks"
    verbose_name = "Nhiệm vụ KH&CN"
