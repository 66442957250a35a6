from django.apps import AppConfig
from django.db.backends.signals import connection_created


class StatementsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "statements"

    def ready(self):
        from common.cache import watch  # models can only be imported once the apps are loaded
        from statements.search import sqlite_fold_register

        connection_created.connect(sqlite_fold_register, dispatch_uid="statements-sqlite-fold")

        # The public part of this app: published statements and what is tagged on them. A statement waiting
        # for review, sources, fetch runs and stored documents are ingestion's bookkeeping.
        statement = self.get_model("Statement")
        watch(statement, shown=lambda row: row.is_or_was_public)
        watch(
            self.get_model("AreaMention"),
            self.get_model("Quote"),
            shown=lambda row: statement.objects.published().filter(pk=row.statement_id).exists(),
        )
