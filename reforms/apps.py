from django.apps import AppConfig
from django.db.models.signals import post_migrate, pre_migrate

from reforms.line_status import line_status_create, line_status_drop


class ReformsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reforms"

    def ready(self):
        from common.cache import watch  # models can only be imported once the apps are loaded
        from reforms import line_changes

        # Every model here is public: a committed write to any of them moves the data version.
        watch(*self.get_models())
        line_changes.connect()
        # The stall rule's view goes before any migration and comes back after (reforms/line_status.py).
        pre_migrate.connect(line_status_drop, sender=self, dispatch_uid="reforms-line-status-drop")
        post_migrate.connect(line_status_create, sender=self, dispatch_uid="reforms-line-status-create")
