"""The shipped dataset, loaded for real once per test process and copied after that.

Tests whose database is emptied after each of them (the browser tests, which need committed rows
for the live server) would otherwise run the loader every time: about 8 s on PostgreSQL, against
well under one for a copy of the rows it wrote.
"""

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

from common.cache import data_version_bump
from tracker.dataset import load_kp_dataset

APPS = ("plenaries", "reforms", "statements")  # what the loader writes, history included
_rows: dict = {}


def models() -> list:
    """The tables (not views, nor proxies) of the apps the loader writes."""
    return [
        model
        for label in APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def rows_of(model) -> list[dict]:
    return list(model._base_manager.order_by("pk").values())


def dataset_snapshot() -> dict:
    return {model: rows_of(model) for model in models()}


def dataset_restore(snapshot: dict) -> None:
    """Write the rows back as they were: same keys, history and stamps, no signals but the data
    version's bump. Foreign keys are checked at commit (Django makes them deferrable), so the order
    of the models does not matter."""
    with transaction.atomic():
        for model, rows in snapshot.items():
            objects = model._base_manager.bulk_create([model(**row) for row in rows])
            # bulk_create stamps auto_now fields with the time of the copy; an update does not.
            stamped = [field.name for field in model._meta.concrete_fields if _stamped_on_save(field)]
            for obj, row in zip(objects, rows, strict=True):
                for name in stamped:
                    setattr(obj, name, row[name])
            if stamped and objects:
                model._base_manager.bulk_update(objects, stamped)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), list(snapshot)):
                cursor.execute(sql)
        data_version_bump()  # as the loader's own writes do: the pages say when the data changed


def _stamped_on_save(field) -> bool:
    return getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)


def shipped_dataset() -> None:
    """Put the shipped dataset in an empty test database."""
    if _rows:
        dataset_restore(_rows)
    else:
        load_kp_dataset()
        _rows.update(dataset_snapshot())
