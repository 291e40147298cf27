from .views import AssignedTaskViewSet, DirectiveSummaryViewSet, SourceDocumentViewSet

ROUTES = [
    ("directive-documents", SourceDocumentViewSet, "directive-document"),
    ("directive-tasks", AssignedTaskViewSet, "directive-task"),
    ("directive-summary", DirectiveSummaryViewSet, "directive-summary"),
]
