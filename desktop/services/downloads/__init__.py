"""Downloading models: progress by layer, speed, stalls, errors and the persistent queue."""
