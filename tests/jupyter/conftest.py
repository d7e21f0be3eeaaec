"""Fixtures for Jupyter-level tests: the real Easel kernel, installed by install.py into a temporary prefix and
driven by Debian's jupyter_client (run these tests with /usr/bin/python3)."""
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _install(prefix, *extra):
    subprocess.run([sys.executable, os.path.join(ROOT, "install.py"), "--prefix", prefix, *extra],
                   check=True, cwd=ROOT, stdout=subprocess.PIPE)
    return os.path.join(prefix, "share", "jupyter", "kernels", "easel")


@pytest.fixture(scope="session")
def easel_prefix():
    """A prefix with the kernelspec installed; JUPYTER_PATH points at it for this process and its children."""
    prefix = tempfile.mkdtemp(prefix="easel-jupyter-")
    _install(prefix)
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    os.environ.setdefault("EASEL_LOG_LEVEL", "warn")
    yield prefix
    shutil.rmtree(prefix, ignore_errors=True)


class Result:
    """What one execute_request produced: reply status, IOPub outputs in order, and the raw messages."""

    def __init__(self, reply, outputs, messages):
        self.reply = reply
        self.status = reply["content"]["status"]
        self.outputs = outputs
        self.messages = messages

    def of(self, msg_type):
        return [c for t, c in self.outputs if t == msg_type]

    @property
    def stdout(self):
        return "".join(c["text"] for t, c in self.outputs if t == "stream" and c["name"] == "stdout")

    @property
    def stderr(self):
        return "".join(c["text"] for t, c in self.outputs if t == "stream" and c["name"] == "stderr")

    @property
    def value(self):
        results = self.of("execute_result")
        return results[-1]["data"]["text/plain"] if results else None

    @property
    def error(self):
        errors = self.of("error")
        return errors[-1] if errors else None

    def __repr__(self):
        return "Result(%s, %r)" % (self.status, self.outputs)


class Kernel:
    """A started Easel kernel with a blocking client and small helpers for tests."""

    def __init__(self, km, kc):
        self.km = km
        self.kc = kc

    @property
    def pid(self):
        return self.km.provisioner.process.pid

    def run(self, code, timeout=60, allow_error=False):
        msg_id = self.kc.execute(code)
        return self.collect(msg_id, timeout, allow_error, code)

    def collect(self, msg_id, timeout=60, allow_error=True, code=""):
        outputs, messages = [], []
        deadline = time.time() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append(msg)
            t, c = msg["msg_type"], msg["content"]
            if t == "status" and c["execution_state"] == "idle":
                break
            if t in ("stream", "execute_result", "error", "display_data", "update_display_data"):
                outputs.append((t, c))
        reply = self.reply_to(msg_id, timeout)
        result = Result(reply, outputs, messages)
        if not allow_error and result.status != "ok":
            raise AssertionError("cell failed:\n%s\n%s" % (code, result))
        return result

    def reply_to(self, msg_id, timeout=30):
        deadline = time.time() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    def request(self, method, *args, **kwargs):
        """Sends a shell request (complete, inspect, is_complete, history, kernel_info) and returns its reply content."""
        msg_id = getattr(self.kc, method)(*args, **kwargs)
        return self.reply_to(msg_id)["content"]


def interrupt_and_check(kernel, code, interrupt=None, running_for=1.5, within=5):
    """Runs code that does not end by itself, interrupts it (by message unless told how), and checks that the cell
    ends as Interrupted within a few seconds and that the kernel kept its variables."""
    kernel.run("int kept = 11;")
    msg_id = kernel.kc.execute(code)
    time.sleep(running_for)
    started = time.time()
    (interrupt or kernel.km.interrupt_kernel)()
    result = kernel.collect(msg_id, timeout=30)
    assert result.status == "error" and result.error["ename"] == "Interrupted", result
    assert time.time() - started < within
    assert kernel.run("kept * 2").value == "22"
    return result


def start_kernel(startup_timeout=90, kernel_name="easel"):
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=startup_timeout)
    return Kernel(km, kc)


def stop_kernel(kernel):
    try:
        kernel.kc.stop_channels()
    finally:
        if kernel.km.is_alive():
            kernel.km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernel(easel_prefix):
    """One kernel shared by a test module (tests must not depend on each other's state beyond what they define)."""
    k = start_kernel()
    yield k
    stop_kernel(k)


@pytest.fixture
def fresh_kernel(easel_prefix):
    """A kernel of its own, for tests that interrupt, restart or break it."""
    k = start_kernel()
    yield k
    stop_kernel(k)


@pytest.fixture(scope="session")
def install_easel():
    """install.py as a function: install_easel(prefix, *extra_args) -> kernelspec folder."""
    return _install
