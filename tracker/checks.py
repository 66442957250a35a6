"""Deployment checks (``manage.py check --deploy``) for settings the public pages depend on."""

from django.conf import settings
from django.core import checks

NO_CORRECTIONS_CONTACT = checks.Warning(
    "KP_CORRECTIONS_CONTACT is not set: /methodology/ cannot tell readers where to send a correction.",
    hint="Set KP_CORRECTIONS_CONTACT to an e-mail or web address that someone reads.",
    id="tracker.W001",
)


@checks.register(deploy=True)
def corrections_contact_check(app_configs, **kwargs):
    return [] if settings.KP_CORRECTIONS_CONTACT.strip() else [NO_CORRECTIONS_CONTACT]
