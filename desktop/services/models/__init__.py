"""Installed models, the catalogue, model names, create and import: logic without Qt."""
