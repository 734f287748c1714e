"""The frozen app's entry point (PyInstaller needs a script, not a ``-m`` module)."""

from desktop.app import main

raise SystemExit(main())
