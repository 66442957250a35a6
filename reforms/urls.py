app_name = "reforms"

# Public pages come with the dashboard.
urlpatterns = []
