"""Sentences made below the interface that the window shows translated.

The layers under ``ui`` cannot import Qt, yet their refusals ("The file is empty; ...") reach the
window. They write each sentence as ``QT_TRANSLATE_NOOP(context, template).format(**args)``:
Qt's lupdate finds the call by its name and puts the template in the catalogues, and the result
is a :class:`Message` — a ``str`` holding the English sentence (the CLI, logs and tests read it
unchanged) that also remembers its context, template and arguments, so that
``podreader.ui.translations.translated`` can look the template up in the installed catalogue and
fill in the same arguments.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Message(str):
    """An English sentence that remembers how to be translated."""

    context: str
    template: str
    arguments: dict[str, object]

    def __new__(
        cls, context: str, template: str, arguments: dict[str, object] | None = None
    ) -> Message:
        arguments = dict(arguments or {})
        # Until ``format`` gives its arguments, the sentence is the template itself.
        sentence = super().__new__(cls, template.format(**arguments) if arguments else template)
        sentence.context = context
        sentence.template = template
        sentence.arguments = arguments
        return sentence

    def format(self, *args: object, **kwargs: Any) -> Message:
        """The same template with ``kwargs`` as its arguments (placeholders are named only)."""
        if args:
            raise TypeError("Message templates take named arguments only")
        return Message(self.context, self.template, {**self.arguments, **kwargs})

    def __reduce__(self) -> tuple[type[Message], tuple[str, str, dict[str, object]]]:
        # Import workers send their refusals back to the window by pickling them.
        return (Message, (self.context, self.template, self.arguments))


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:
    """Mark ``template`` for translation in ``context``; lupdate recognises this name."""
    return Message(context, template)


def counted(count: int, one: Message, many: Message, **arguments: object) -> Message:
    """``one`` or ``many`` (both with a ``{count}`` placeholder, and any other ``arguments``)
    as English grammar wants for ``count``; the catalogue has each (Chinese writes them alike,
    so needs no plural forms)."""
    return (one if count == 1 else many).format(count=count, **arguments)


def sentence(error: BaseException) -> str:
    """The sentence ``error`` was raised with: a :class:`Message` when its layer marked it for
    translation, else its English text."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


def joined(sentences: Sequence[str]) -> str:
    """Sentences one after another, each still translatable: a message whose template only
    places them (no catalogue holds it, so it stays as it is) and whose arguments are they."""
    if len(sentences) == 1:
        return sentences[0]
    names = [f"s{i}" for i in range(len(sentences))]
    template = " ".join(f"{{{name}}}" for name in names)
    return Message("", template, dict(zip(names, sentences, strict=True)))
