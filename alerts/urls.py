from django.urls import path

from alerts import views
from alerts.feeds import AreaChangesFeed, ParticipantChangesFeed, ReformChangesFeed
from common.cache import public_page

app_name = "alerts"

urlpatterns = [
    path("feeds/reforms/<slug:slug>/", public_page(ReformChangesFeed()), name="feed-reform"),
    path("feeds/areas/<slug:slug>/", public_page(AreaChangesFeed()), name="feed-area"),
    path("feeds/participants/<slug:slug>/", public_page(ParticipantChangesFeed()), name="feed-participant"),
    path("alerts/subscribe/", views.subscribe, name="subscribe"),
    path("alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("alerts/unsubscribe/<str:key>/", views.unsubscribe, name="unsubscribe"),
]
