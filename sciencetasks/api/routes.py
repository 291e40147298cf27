from .views import CouncilViewSet, MoneyEntryViewSet, ScienceTaskViewSet, TaskStepViewSet, YearStatsViewSet

ROUTES = [
    ("science-tasks", ScienceTaskViewSet, "science-task"),
    ("science-task-steps", TaskStepViewSet, "science-task-step"),
    ("science-task-money", MoneyEntryViewSet, "science-task-money"),
    ("science-councils", CouncilViewSet, "science-council"),
    ("sciencetask-yearstats", YearStatsViewSet, "sciencetask-yearstats"),
]
