"""Chinese fintech news → facts with evidence (see `extract.pipeline`)."""

from extract.model import EXTRACTOR_VERSION, Article, EntityRef, Fact

__all__ = ["EXTRACTOR_VERSION", "Article", "EntityRef", "Fact"]
