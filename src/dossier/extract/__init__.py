"""Per-article extraction, pure: parse, dates, quantities, claims, quotes, entities, places, event words."""
