"""Development tools that learn cleantext's data from the evaluation corpus (not shipped)."""
