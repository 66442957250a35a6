from django.apps import AppConfig


class StatementsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "statements"

    def ready(self):
        from common.cache import watch  # models can only be imported once the apps are loaded

        # The public part of this app; sources, fetch runs and stored documents are ingestion's bookkeeping.
        watch(*(self.get_model(name) for name in ("Statement", "AreaMention", "Quote")))
