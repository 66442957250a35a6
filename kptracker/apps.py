from django.apps import AppConfig


class KptrackerConfig(AppConfig):
    name = "kptracker"
    verbose_name = "KP Reform Tracker"

    def ready(self):
        from kptracker.cache import connect_receivers

        connect_receivers()
