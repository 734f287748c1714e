"""The Chat tab's fixtures, for the fault tests that drive the whole tab."""

from tests.ui.chat.conftest import context, contexts, installed, make_tab, tab  # noqa: F401
