"""Report content assembled from the domain apps' figures, by job:

- `collect` — the figures of a period from `directives.figures`, `sciencetasks.figures`, `registers.figures`
  (typed results: the explicit contract between reports and the domain apps);
- `prose` — sentences in the seeds' words (counts under ten "02", amounts with words), the figures registry;
- `outline` — the sections and who owns them;
- `content` — the sections, Phụ lục IV, assessment and direction built from the figures.
"""
from .collect import ReportData, collect
from .content import Content, activity_sentence, build_content
from .outline import ROMAN, SECTION_SPECS
from .prose import Figures, narrative_blocks, sentence

__all__ = ["Content", "Figures", "ROMAN", "ReportData", "SECTION_SPECS", "activity_sentence", "build_content",
           "collect", "narrative_blocks", "sentence"]
