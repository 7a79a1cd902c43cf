"""Sub-commands of `concierge`, one module per area."""
