from django.urls import path

from common.cache import public_page
from reforms import embeds, views
from reforms.feeds import OutcomeFeed

app_name = "reforms"

urlpatterns = [
    path("timeline/", views.timeline, name="timeline"),
    path("timeline/export.csv", views.timeline_export_csv, name="timeline-csv"),
    path("timeline/export.svg", views.timeline_export_svg, name="timeline-svg"),
    path("reforms/<slug:slug>/", views.reform_detail, name="reform-detail"),
    path("embed/reforms/<slug:slug>/", embeds.reform_embed, name="reform-embed"),
    path("badges/reforms/<slug:slug>.svg", embeds.reform_badge, name="reform-badge"),
    path("feeds/outcomes/", public_page(OutcomeFeed()), name="feed-outcomes"),
]
