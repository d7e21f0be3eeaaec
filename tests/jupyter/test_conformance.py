"""The Jupyter project's own kernel conformance suite (Debian's python3-jupyter-kernel-test) against Easel, with
every sample filled in, so that none of its tests is skipped."""
import os
import shutil
import tempfile
import time

import jupyter_kernel_test

from conftest import _install


class EaselKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "easel"
    language_name = "java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("oops");'
    completion_samples = [
        {"text": "\"abc\".toUpperC", "matches": {"toUpperCase("}},
        {"text": "Math.ab", "matches": {"abs(", "absExact("}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 3; i++) { System.out.println(i); }",
                             "%time 1 + 1"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "int y =", "new int[] {1, 2,"]
    invalid_code_samples = ["int 1x = 2;", "1 +* 2", "int a = 1 1;"]
    code_page_something = "Math.max?"
    code_generate_error = 'throw new IllegalStateException("on purpose");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"text".length()', "result": "4"},
        {"code": "java.util.List.of(1, 2, 3)", "result": "[1, 2, 3]"},
    ]
    code_display_data = [
        {"code": 'display("<b>bold</b>", "text/html");', "mime": "text/html"},
        {"code": 'display("plain words");', "mime": "text/plain"},
    ]
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Math.max"
    code_clear_output = "clearOutput();"

    @classmethod
    def setUpClass(cls):
        # the suite starts the kernel itself by name: install Easel where jupyter_client looks first
        cls.prefix = tempfile.mkdtemp(prefix="easel-conformance-")
        _install(cls.prefix)
        cls.previous_path = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = os.path.join(cls.prefix, "share", "jupyter")
        super().setUpClass()
        # The suite reads each IOPub message within 0.1 s of the one before it. A kernel's first cells, and its first
        # `name?` (which parses sources with javac), leave the JIT compiling on both cores of a 2-CPU machine for a
        # while after the reply, which once held the idle status past that window (test_pager, in CI). One warm-up
        # of each kind first keeps the suite measuring the protocol rather than the JIT; the suite flushes the
        # channels before each test.
        for code in ("1 + 1", "Math.max?", "Plot.line?"):
            msg_id = cls.kc.execute(code)
            while cls.kc.get_shell_msg(timeout=120)["parent_header"].get("msg_id") != msg_id:
                pass
        time.sleep(2)

    @classmethod
    def tearDownClass(cls):
        try:
            super().tearDownClass()
        finally:
            if cls.previous_path is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = cls.previous_path
            shutil.rmtree(cls.prefix, ignore_errors=True)
