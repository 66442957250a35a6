"""/api/: version 1 of the partner API, its OpenAPI schema and interactive docs.

Mounted by ``kptracker/urls.py`` as ``path("api/", include("tracker.api.urls"))``.
"""

from csp.decorators import csp_update
from django.conf import settings
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from common.env import env_bool
from tracker.api.registry import RESOURCES
from tracker.api.views import ApiRootView, BareView, DataPackageView, api_not_found

router = SimpleRouter()
for resource in RESOURCES:
    router.register(resource.name, resource.viewset, basename=resource.name)

v1 = [
    path("", ApiRootView.as_view(), name="root"),
    path("datapackage.zip", DataPackageView.as_view(), name="datapackage"),
    *router.urls,
]

urlpatterns = [
    path("v1/", include((v1, "api"))),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script from /api/docs/?script= rather than inline (CSP).
    path(
        "docs/",
        csp_update(settings.KP_CSP_API_DOCS)(SpectacularSwaggerSplitView.as_view(url_name="api-schema")),
        name="api-docs",
    ),
]

# bench/api.py compares the endpoints with a view that does no database work.
if env_bool("KP_BENCH"):
    urlpatterns.append(path("bench/bare/", BareView.as_view(), name="api-bench-bare"))

urlpatterns.append(re_path(r"^(?P<path>.*)$", api_not_found))
