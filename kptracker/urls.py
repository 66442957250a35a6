from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from kptracker import views as site_views
from kptracker.env import env_bool
from kptracker.health import healthz

admin.site.site_header = "KP Reform Tracker — editors"
admin.site.site_title = "KP Reform Tracker"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/", include("kptracker.api.urls")),
    path("", include("plenaries.urls")),
    path("", include("reforms.urls")),
    path("", include("statements.urls")),
    path("", site_views.home, name="home"),
    path("methodology/", site_views.methodology, name="methodology"),
]

handler404 = "kptracker.views.page_not_found"
handler500 = "kptracker.views.server_error"

# bench/dashboard.py compares the pages with a view that does nothing.
if env_bool("KP_BENCH"):
    urlpatterns.append(path("bench/bare/", site_views.bench_bare, name="bench-bare"))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
