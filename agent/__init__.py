"""The concierge itself: one guest turn (guards, voice, brain, records) over core, kb and skills."""
