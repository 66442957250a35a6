from django.apps import AppConfig


class PlenariesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "plenaries"

    def ready(self):
        from common.cache import watch  # models can only be imported once the apps are loaded

        # Every model here is public: a committed write to any of them moves the data version.
        watch(*self.get_models())
