from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from kptracker.health import healthz

admin.site.site_header = "KP Reform Tracker — editors"
admin.site.site_title = "KP Reform Tracker"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("plenaries.urls")),
    path("", include("reforms.urls")),
    path("", include("statements.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
