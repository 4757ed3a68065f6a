"""Read input: files and JSONL lines to raw articles, cleaning, metadata (files -> Article)."""
