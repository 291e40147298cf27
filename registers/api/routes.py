"""API routes of the registers: /api/registers/<slug>/ for every register, and /api/register-stats/."""
from ..registry import REGISTERS
from .views import VIEWSETS, RegisterStatsViewSet

ROUTES = [(f"registers/{r.slug}", VIEWSETS[r.model], f"registers-{r.model_name}") for r in REGISTERS]
ROUTES.append(("register-stats", RegisterStatsViewSet, "register-stats"))
