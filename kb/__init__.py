"""FAQ retrieval: sentence embedders (`kb.embedders`), their on-disk cache (`kb.cache`) and search (`kb.search`)."""
