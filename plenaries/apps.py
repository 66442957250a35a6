from django.apps import AppConfig


class PlenariesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "plenaries"
