"""The site's own public address (KP_SITE_URL), for links that leave it: mails, embed snippets."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (from reverse() or get_absolute_url()) on the site as readers reach it."""
    return settings.KP_SITE_URL.rstrip("/") + path
