app_name = "statements"

# Public pages come with the dashboard.
urlpatterns = []
