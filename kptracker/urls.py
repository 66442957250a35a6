"""The site's addresses. Public pages carry their language in the URL (/en/…, /fr/…), so a page
is the same for every visitor and any cache may keep it; an address without a language, such as
/ or a link from before, redirects by the visitor's Accept-Language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from common.env import env_bool
from plenaries.urls import urlpatterns as plenary_patterns
from tracker import views as site_views
from tracker.health import healthz
from tracker.urls import briefing_patterns, participant_patterns

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),  # accounts.admin_site.KPAdminSite: lockout, two-factor sign-in
    path("api/", include("tracker.api.urls")),
]
urlpatterns += i18n_patterns(
    # The participant pages live in tracker (they read reforms) but keep their plenaries: names.
    path("", include((plenary_patterns + participant_patterns, "plenaries"))),
    path("", include((briefing_patterns, "briefings"))),
    path("", include("reforms.urls")),
    path("", include("statements.urls")),
    path("", include("alerts.urls")),
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
