from django.urls import path

from common.cache import public_page
from statements import views

app_name = "statements"

urlpatterns = [
    path("statements/", views.statement_index, name="statement-list"),
    path("statements/<int:pk>/", views.statement_detail, name="statement-detail"),
    path("feeds/statements/", public_page(views.StatementFeed()), name="feed-statements"),
]
