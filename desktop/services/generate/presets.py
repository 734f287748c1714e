"""Named playground set-ups, kept in the data folder as one JSON file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from desktop.services.generate.request import GenerateForm


class PresetStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / "presets" / "generate.json"

    def _read(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def names(self) -> list[str]:
        return sorted(self._read(), key=str.lower)

    def load(self, name: str) -> GenerateForm:
        return GenerateForm.from_json(self._read()[name])

    def save(self, name: str, form: GenerateForm) -> None:
        data = self._read()
        data[name] = form.to_json()
        self._write(data)

    def delete(self, name: str) -> None:
        data = self._read()
        data.pop(name, None)
        self._write(data)

    def _write(self, data: dict[str, dict]) -> None:
        """Write a new file and swap it in, so a crash never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream, indent=2, ensure_ascii=False)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
