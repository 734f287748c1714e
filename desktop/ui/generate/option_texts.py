"""The Generate options' labels and help, as literals lupdate can find.

The texts live in the Qt-free ``desktop.services.generate.options``; the option editor
(``desktop.ui.common.option_editor``) translates them where they are shown (context
"GenerateOptions"). lupdate only reads literals, so they are repeated here;
``tests/ui/test_translations.py`` fails when the two lists differ.
"""

# ruff: noqa: E501

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("GenerateOptions", "Creativity (temperature)"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "Higher gives more varied, surprising text; lower gives focused, predictable text.",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Top K"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions", "Only consider this many of the likeliest next words (0 = no limit)."
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Top P"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "Only consider the likeliest words that together make up this share of the probability.",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Min P"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions", "Ignore words less likely than this share of the likeliest one."
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Typical P"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions", "Prefer words about as surprising as usual (1 turns it off)."
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Repeat window"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "How many recent tokens the repeat penalty looks at (0 = off, -1 = the whole context).",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Repeat penalty"),
    QT_TRANSLATE_NOOP("GenerateOptions", "Above 1 discourages repeating words; 1 turns it off."),
    QT_TRANSLATE_NOOP("GenerateOptions", "Presence penalty"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions", "Discourages any word that already appeared, however often."
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Frequency penalty"),
    QT_TRANSLATE_NOOP("GenerateOptions", "Discourages words the more often they appeared."),
    QT_TRANSLATE_NOOP("GenerateOptions", "Seed"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "The same number with the same request gives the same answer again (-1 = random each time).",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Max reply length"),
    QT_TRANSLATE_NOOP("GenerateOptions", "Stop after this many tokens (-1 = no limit)."),
    QT_TRANSLATE_NOOP("GenerateOptions", "Tokens kept"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "When the context is full, keep this many tokens from the start of the prompt.",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Stop words"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "The reply ends when it would write one of these (one per line). Changing the list replaces the model's own stop words.",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Memory"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "How much of the conversation the model can keep in mind, in tokens; more needs more computer memory, and no more than the model was trained for counts. By default the server picks it (4096 on small graphics cards, more on big ones).",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Batch size"),
    QT_TRANSLATE_NOOP("GenerateOptions", "Tokens processed together while reading the prompt."),
    QT_TRANSLATE_NOOP("GenerateOptions", "GPU layers"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "How many layers run on the graphics card (-1 = as many as fit, 0 = none).",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "Main GPU"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "Which graphics card holds the shared parts when there are several (0 = the first).",
    ),
    QT_TRANSLATE_NOOP("GenerateOptions", "CPU threads"),
    QT_TRANSLATE_NOOP("GenerateOptions", "Threads used on the processor (0 = automatic)."),
    QT_TRANSLATE_NOOP("GenerateOptions", "Memory-map the model"),
    QT_TRANSLATE_NOOP(
        "GenerateOptions",
        "Read the model file from disk as needed instead of copying it all into memory first.",
    ),
)
