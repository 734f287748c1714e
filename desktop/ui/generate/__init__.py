"""The Generate tab."""
