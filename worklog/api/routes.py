from .views import WorkLogEntryViewSet

ROUTES = [
    ("worklog", WorkLogEntryViewSet, "worklog-entry"),
]
