from .views import ImportedDocumentViewSet

ROUTES = [("imported-documents", ImportedDocumentViewSet, "imported-document")]
