"""Hostile markdown in a reply: links to javascript:, file:, data: and the like are never
opened, whichever way they are written, and no image the text names is ever fetched.

The reply comes from the test server over real HTTP and is shown in the real Chat tab; each
link is clicked with the mouse where it is drawn, as a user would.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextCursor

from tests.fake_ollama import FakeOllama, Reply
from tests.ui.chat.conftest import send

DANGEROUS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    "file:///etc/passwd",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "smb://attacker.example/share",
]


def anchors(view: Any) -> list[tuple[str, int]]:
    """(href, position) of every link drawn in ``view``'s document."""
    found: list[tuple[str, int]] = []
    block = view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref()
            if fragment.isValid() and href:
                found.append((href, fragment.position() + fragment.length() // 2))
            fragments += 1
        block = block.next()
    return found


def click_at(qtbot: Any, view: Any, position: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.ensureCursorVisible()
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_links_to_dangerous_schemes_are_never_opened(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    inline = " ".join(f"[link {n}]({address})" for n, address in enumerate(DANGEROUS))
    reference = "[by reference][ref]\n\n[ref]: javascript:alert(3)\n"
    fake_ollama.reply = Reply(tokens=[f"Click: {inline}\n\n", reference, "\n<javascript:x()> end"])
    reply = send(qtbot, tab, "Links please")
    widget = tab.transcript.widget_for(reply.id)
    opened: list[str] = []
    tab.guard.opener = lambda url: opened.append(url.toString())
    views = widget.body.text_views()
    drawn = [(view, href, at) for view in views for href, at in anchors(view)]
    # markdown-it keeps most of them from becoming links at all; one that does is clicked.
    assert [href for _view, href, _at in drawn] == ["smb://attacker.example/share"]
    for view, href, at in drawn:
        click_at(qtbot, view, at)
        dialog = tab.guard.dialog
        assert dialog is not None and dialog.objectName() == "linkRefusedDialog", href
        dialog.close()
    # Should one ever become a link, the guard behind the click still refuses it.
    for address in DANGEROUS:
        views[0].follow_link(QUrl(address))
        dialog = tab.guard.dialog
        assert dialog is not None and dialog.objectName() == "linkRefusedDialog", address
        dialog.close()
    assert opened == []
    assert "link 0" in widget.body.plain_text() and "end" in widget.body.plain_text()


def test_images_in_every_form_are_never_fetched(
    qtbot: Any, tab: Any, fake_ollama: FakeOllama
) -> None:
    spy = f"{fake_ollama.url}/spy"
    fake_ollama.reply = Reply(
        tokens=[
            f"![a]({spy}/inline.png) ",
            f"[![linked]({spy}/linked.png)]({spy}/page) ",
            f"![ref][pic]\n\n[pic]: {spy}/reference.png\n\n",
            f'<img src="{spy}/html.png"> <image href="{spy}/svg.png"/> ',
            f"![tracking](//{fake_ollama.url.split('//')[1]}/spy/no-scheme.png) done",
        ]
    )
    reply = send(qtbot, tab, "Pictures please")
    widget = tab.transcript.widget_for(reply.id)
    widget.grab()  # painting is when a view would load what the text names
    assert not [request.path for request in fake_ollama.requests if "/spy" in request.path]
    assert "done" in widget.body.plain_text()
