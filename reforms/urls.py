from django.urls import path

from reforms import views

app_name = "reforms"

urlpatterns = []
