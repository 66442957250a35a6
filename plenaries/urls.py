from django.urls import path

from plenaries import views

app_name = "plenaries"

urlpatterns = [
    path("plenaries/", views.plenary_list, name="plenary-list"),
    path("plenaries/<int:year>/", views.plenary_detail, name="plenary-detail"),
    path("plenaries/<int:year>/<slug:kind>/", views.plenary_detail, name="plenary-detail-kind"),
    path("participants/", views.participant_list, name="participant-list"),
    path("participants/<slug:slug>/", views.participant_detail, name="participant-detail"),
]
