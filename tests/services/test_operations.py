"""The operation runner: work runs on one worker thread, in order; results, failures and change
events come back on the loop's thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.services.operations import Operations, OperationsClosed


@pytest.fixture
def operations(qloop: Any) -> Iterator[Operations]:
    runner = Operations()
    yield runner
    runner.close()


def test_call_runs_off_the_loop_thread_and_returns_the_result(operations, arun) -> None:
    loop_thread = threading.get_ident()
    ran_on = arun(operations.call(threading.get_ident))
    assert ran_on != loop_thread


def test_work_runs_in_the_order_it_was_asked_for(operations, arun) -> None:
    seen: list[int] = []
    for number in range(50):
        operations.submit(seen.append, number)
    arun(operations.call(lambda: None))
    assert seen == list(range(50))


def test_call_raises_the_work_s_error(operations, arun) -> None:
    def broken() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        arun(operations.call(broken))


def test_run_calls_back_on_the_loop_thread_then_notifies_changes(operations, qtbot) -> None:
    loop_thread = threading.get_ident()
    events: list[tuple[str, int]] = []
    operations.subscribe(
        "chats", lambda _payload: events.append(("changed", threading.get_ident()))
    )
    operations.run(
        lambda: 42,
        on_success=lambda value: events.append((f"success {value}", threading.get_ident())),
        changes=("chats",),
    )
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [("success 42", loop_thread), ("changed", loop_thread)]


def test_a_failure_goes_to_its_handler_else_to_the_reporter(qloop, qtbot) -> None:
    reported: list[BaseException] = []
    operations = Operations(report=reported.append)
    handled: list[BaseException] = []
    try:
        operations.run(lambda: 1 / 0, on_failure=handled.append, changes=("chats",))
        operations.run(lambda: {}["missing"])
        qtbot.waitUntil(lambda: len(handled) == 1 and len(reported) == 1)
    finally:
        operations.close()
    assert isinstance(handled[0], ZeroDivisionError)
    assert isinstance(reported[0], KeyError)


def test_a_failing_listener_does_not_stop_the_others(qloop) -> None:
    reported: list[BaseException] = []
    operations = Operations(report=reported.append)
    heard: list[object] = []
    operations.subscribe("chats", lambda _payload: 1 / 0)
    unsubscribe = operations.subscribe("chats", heard.append)
    operations.notify("chats", 7)
    unsubscribe()
    operations.notify("chats", 8)
    operations.close()
    assert heard == [7]
    assert len(reported) == 2


def test_wait_blocks_until_done_and_close_finishes_queued_work(qloop) -> None:
    operations = Operations()
    seen: list[int] = []
    operations.submit(seen.append, 1)
    assert operations.wait(lambda: seen.append(2) or len(seen)) == 2
    operations.submit(seen.append, 3)
    operations.close()
    assert seen == [1, 2, 3]
    with pytest.raises(OperationsClosed):
        operations.submit(seen.append, 4)


def test_wait_from_the_worker_runs_inline_instead_of_deadlocking(operations, arun) -> None:
    assert arun(operations.call(lambda: operations.wait(lambda: "inline"))) == "inline"
