from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Staff accounts"


class KPAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin, with ``admin.site`` our site: sign-in with a lockout and a second factor."""

    default = False  # "accounts" in INSTALLED_APPS still means AccountsConfig
    default_site = "accounts.admin_site.KPAdminSite"
