"""Across articles: relations, stories, tracks, timeline, summary."""
