"""Report content assembled from the domain apps' figures, by job:

- `collect` — the figures of a period from `directives.figures`, `sciencetasks.figures`, `registers.figures`
  (typed results: the explicit contract between reports and the domain apps);
- `prose` — sentences in the seeds' words (counts under ten "02", amounts with words), the figures registry;
- `outline` — the outline as data: sources, numbering, placeholders, parsing and validation of the editor's lines;
- `content` — the sections, Phụ lục IV, assessment and direction built from the figures;
- `sources` — the outline's sources → those builders, and `build_content` of an outline;
- `tables` — the Sở's own tasks (section and follow-up table), apart from the province's.
"""
from .collect import ReportData, collect
from .content import Content, activity_sentence
from . import outline
from .outline import ROMAN, SECTION_SPECS
from .prose import Figures, narrative_blocks, sentence
from .sources import build_content

__all__ = ["Content", "Figures", "ROMAN", "ReportData", "SECTION_SPECS", "activity_sentence", "build_content", "outline",
           "collect", "narrative_blocks", "sentence"]
