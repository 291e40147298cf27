from .imports import ImportedDocument

__all__ = ["ImportedDocument"]
