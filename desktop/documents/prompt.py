"""The blocks that put a document's text into a prompt, clearly delimited and named.

The text is the user's file, not instructions: it sits between an opening and a closing tag
the model can see, and a closing tag inside the text is defused so the file cannot end its
own block early and speak as the prompt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.documents.passages import Passage

_CLOSING = re.compile(r"</(document|excerpt)", re.IGNORECASE)
_UNSAFE_IN_NAME = re.compile(r"[\"<>\r\n\t]")


def _name(name: str) -> str:
    return _UNSAFE_IN_NAME.sub("_", name)


def _defused(text: str) -> str:
    return _CLOSING.sub(lambda match: "<\u200b/" + match.group(1), text)


def whole_document_block(name: str, text: str) -> str:
    """A small document's whole text as one named block."""
    return f'<document name="{_name(name)}">\n{_defused(text.strip())}\n</document>'


def passages_block(name: str, passages: Sequence[Passage]) -> str:
    """Chosen passages of a document, in document order, each labelled with its page and
    section, as one named block."""
    parts = [f'<document name="{_name(name)}" excerpts="{len(passages)}">']
    for passage in sorted(passages, key=lambda passage: passage.index):
        label = []
        if passage.page is not None:
            label.append(f'page="{passage.page}"')
        if passage.heading:
            label.append(f'section="{_name(passage.heading)}"')
        opening = " ".join(["<excerpt", *label]) + ">"
        parts.append(f"{opening}\n{_defused(passage.text.strip())}\n</excerpt>")
    parts.append("</document>")
    return "\n".join(parts)
