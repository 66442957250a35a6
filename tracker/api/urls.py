"""/api/: version 1 of the partner API, its OpenAPI schema and interactive docs.

Mounted by ``kptracker/urls.py`` as ``path("api/", include("tracker.api.urls"))``.
"""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
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
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

# bench/api.py compares the endpoints with a view that does no database work.
if env_bool("KP_BENCH"):
    urlpatterns.append(path("bench/bare/", BareView.as_view(), name="api-bench-bare"))

urlpatterns.append(re_path(r"^(?P<path>.*)$", api_not_found))
