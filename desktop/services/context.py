"""What every part of the window needs: the server's client, the data folder, task runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.ollama.aio import AsyncOllamaClient
from desktop.services.tasks import TaskRunner


@dataclass
class AppContext:
    """Shared by the tabs. ``ollama`` may be replaced when the user switches servers."""

    ollama: AsyncOllamaClient
    data_dir: Path
    tasks: TaskRunner = field(default_factory=TaskRunner)
