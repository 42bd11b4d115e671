"""The soak's harness outlives its desks: a dead desk is a verdict, never a crash of the soak."""

from __future__ import annotations

import subprocess
import sys

from bench.soak import Desk


def dead_desk() -> Desk:
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.exit(3)"], stdin=subprocess.PIPE, text=True
    )
    process.wait(timeout=30)
    return Desk(0, process)


def test_commands_to_a_dead_desk_and_hanging_up_on_it_do_not_raise() -> None:
    desk = dead_desk()
    desk.send("drain")  # buffered or refused: either way nothing escapes
    desk.send("final")
    desk.hang_up()  # close() flushes what is buffered into a pipe nobody reads: EPIPE
    desk.hang_up()  # and a second hang-up is harmless
    assert desk.process.stdin is not None and desk.process.stdin.closed
    assert desk.process.returncode == 3
