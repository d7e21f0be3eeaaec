"""`jupyter console --kernel easel` in a real terminal (tmux): the console relies on is_complete to decide whether
Enter runs the cell or opens a continuation line."""
import os
import shutil
import subprocess
import time

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None or not os.path.exists("/usr/bin/jupyter"),
                                reason="needs tmux and Debian's jupyter-console")

# unique per run: two runs on one machine (or a session left by a crashed run) must not share a tmux session
SESSION = "easel-console-test-%d-%d" % (os.getpid(), int(time.time() * 1000))


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, stdout=subprocess.PIPE, text=True).stdout


def screen():
    return tmux("capture-pane", "-t", SESSION, "-p", "-S", "-200")


def type_line(text):
    # -l sends the text literally: tmux would otherwise read a trailing ";" as its own command separator
    tmux("send-keys", "-t", SESSION, "-l", text)
    tmux("send-keys", "-t", SESSION, "Enter")


def session_alive():
    """The console runs as the tmux session's only program: the session ends when it does."""
    return subprocess.run(["tmux", "has-session", "-t", SESSION], stderr=subprocess.DEVNULL).returncode == 0


def wait_for(text, timeout=60, after=0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if screen().count(text) > after:
            return
        time.sleep(0.3)
    raise AssertionError("%r did not appear; screen:\n%s" % (text, screen()))


def test_console_runs_cells_and_continues_incomplete_ones(easel_prefix):
    env = "JUPYTER_PATH=%s PYDEVD_DISABLE_FILE_VALIDATION=1" % os.environ["JUPYTER_PATH"]
    subprocess.run(["tmux", "kill-session", "-t", SESSION], stderr=subprocess.DEVNULL)
    tmux("new-session", "-d", "-s", SESSION, "-x", "160", "-y", "50",
         # a loaded CI machine can take more than the console's 1 s default to answer is_complete
         "env %s /usr/bin/jupyter console --kernel easel --ZMQTerminalInteractiveShell.kernel_is_complete_timeout=10"
         % env)
    try:
        wait_for("In [1]:", timeout=90)
        type_line("int z = 6 * 7;")
        wait_for("In [2]:")
        # an open brace: Enter must continue the cell, not run it
        type_line("for (int i = 0; i < 2; i++) {")
        wait_for("...:")
        type_line('System.out.println("loop " + i); }')
        tmux("send-keys", "-t", SESSION, "Enter")
        wait_for("loop 1")
        wait_for("In [3]:")
        type_line("z + 0")
        wait_for("Out[3]: 42")
        # as in IPython, exit ends the console (and the kernel it started)
        type_line("exit")
        deadline = time.time() + 30
        while time.time() < deadline and session_alive():
            time.sleep(0.3)
        assert not session_alive(), "the console did not end on exit; screen:\n" + screen()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", SESSION], stderr=subprocess.DEVNULL)
        time.sleep(1)
