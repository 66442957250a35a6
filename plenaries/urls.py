from django.urls import path

from plenaries import views

app_name = "plenaries"

urlpatterns = []
