from django.apps import AppConfig


class KptrackerConfig(AppConfig):
    name = "kptracker"
    verbose_name = "KP Reform Tracker"
