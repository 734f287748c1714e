"""Paddock: a desktop client for local Ollama servers."""

__version__ = "0.1.0"
