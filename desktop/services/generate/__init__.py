"""The Generate playground's logic: request building, options, results, presets, history."""
