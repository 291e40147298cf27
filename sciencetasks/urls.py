app_name = "sciencetasks"

urlpatterns = []
