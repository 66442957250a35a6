app_name = "plenaries"

# Public pages come with the dashboard.
urlpatterns = []
