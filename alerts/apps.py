from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Following a reform, an area or a participant: Atom feeds and e-mail alerts.

    The top layer: it reads plenaries, reforms and statements, and nothing imports it. Its rows are
    no public data (addresses are never shown), so no write here moves the data version.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "alerts"
    verbose_name = _("Alerts")
