"""A new chat's defaults, kept as one JSON text in Settings: read back, or no default."""

from __future__ import annotations

from desktop.services.chat.new_chat import NewChatDefaults, parse_defaults


def test_defaults_survive_the_round_trip() -> None:
    defaults = NewChatDefaults("Be brief.", {"temperature": 0.2}, think="high", keep_alive="10m")
    assert parse_defaults(defaults.to_json()) == defaults


def test_unreadable_defaults_are_no_defaults() -> None:
    for text in ("", "{not json", "[1, 2]", '{"options": 3, "think": 7}'):
        assert parse_defaults(text) == NewChatDefaults()


def test_the_keep_loaded_setting_applies_when_the_defaults_name_none() -> None:
    assert parse_defaults("", "-1").keep_alive == -1
    assert parse_defaults('{"keep_alive": "5m"}', "-1").keep_alive == "5m"
