"""The site's addresses. Public pages carry their language in the URL (/en/…, /fr/…), so a page
is the same for every visitor and any cache may keep it; an address without a language, such as
/ or a link from before, redirects by the visitor's Accept-Language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from common.env import env_bool
from tracker import views as site_views
from tracker.health import healthz

admin.site.site_header = "KP Reform Tracker — editors"
admin.site.site_title = "KP Reform Tracker"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),  # accounts.admin_site.KPAdminSite: lockout, two-factor sign-in
    path("api/", include("tracker.api.urls")),
]
urlpatterns += i18n_patterns(
    path("", include("plenaries.urls")),
    path("", include("reforms.urls")),
    path("", include("statements.urls")),
    path("", site_views.home, name="home"),
    path("methodology/", site_views.methodology, name="methodology"),
)

handler404 = "tracker.views.page_not_found"
handler500 = "tracker.views.server_error"

# bench/dashboard.py compares the pages with a view that does nothing.
if env_bool("KP_BENCH"):
    urlpatterns.append(path("bench/bare/", site_views.bench_bare, name="bench-bare"))

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
