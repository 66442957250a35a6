from django.urls import path

from plenaries import views

app_name = "plenaries"

# The participant pages are in this namespace too, served by tracker/participant_views.py (they show
# reform outcomes and claims, which this app cannot import): kptracker/urls.py mounts both lists.

urlpatterns = [
    path("plenaries/", views.plenary_list, name="plenary-list"),
    path("plenaries/<int:year>/", views.plenary_detail, name="plenary-detail"),
    path("plenaries/<int:year>/<slug:kind>/", views.plenary_detail, name="plenary-detail-kind"),
]
