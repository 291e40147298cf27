app_name = "docimport"

urlpatterns = []
