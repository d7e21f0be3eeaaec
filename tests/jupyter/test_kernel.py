"""The Easel kernel through Debian's jupyter_client: evaluation, errors, streams, interrupt, code assistance,
history, shutdown. Each test names the behaviour the kernel issue asks for."""
import os
import re
import signal
import time

import pytest

from conftest import interrupt_and_check, start_kernel, stop_kernel


def test_kernel_info_describes_java(kernel):
    info = kernel.request("kernel_info")
    lang = info["language_info"]
    assert lang["name"] == "java"
    assert lang["mimetype"] == "text/x-java-source"
    assert lang["file_extension"] == ".jshell"
    assert lang["codemirror_mode"] == "java"
    assert re.match(r"^\d+(\.\d+)*", lang["version"]), lang["version"]
    assert info["implementation"] == "Easel"


def test_kernel_info_is_wrapped_in_busy_and_idle(kernel):
    msg_id = kernel.kc.kernel_info()
    kernel.reply_to(msg_id)
    states = []
    deadline = time.time() + 10
    while len(states) < 2 and time.time() < deadline:
        msg = kernel.kc.get_iopub_msg(timeout=5)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status":
            states.append(msg["content"]["execution_state"])
    assert states == ["busy", "idle"]


def test_declarations_persist_across_cells(kernel):
    kernel.run("int base = 40;")
    kernel.run("int twice(int v) { return 2 * v; }")
    kernel.run("record Point(int x, int y) { int sum() { return x + y; } }")
    kernel.run("class Counter { int n; int next() { return ++n; } }")
    kernel.run("import java.util.concurrent.atomic.AtomicInteger;")
    r = kernel.run("new Point(base, twice(1)).sum() + new Counter().next() + new AtomicInteger(0).get()")
    assert r.value == "43"


def test_last_expression_is_the_result_and_declarations_show_nothing(kernel):
    assert kernel.run("int declared = 5;").of("execute_result") == []
    r = kernel.run("declared + 1")
    assert r.value == "6"
    assert r.of("execute_result")[0]["execution_count"] == r.reply["content"]["execution_count"]
    assert kernel.run("String text = \"x\";\ntext.repeat(3)").value == "xxx"


def test_stdout_reaches_the_cell_while_it_runs(kernel):
    msg_id = kernel.kc.execute(
        'System.out.println("first"); System.err.println("warn"); Thread.sleep(3000); System.out.println("last");')
    first_seen = None
    while first_seen is None:
        msg = kernel.kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream" \
                and "first" in msg["content"]["text"]:
            first_seen = time.time()
    result = kernel.collect(msg_id)
    done = time.time()
    # "first" arrived while the cell was still sleeping, not bundled with the end of the cell
    assert done - first_seen > 1.5
    assert "last" in result.stdout
    assert "warn" in result.stderr


def test_unicode_output(kernel):
    r = kernel.run('System.out.println("größe 🎨 café");')
    assert r.stdout == "größe 🎨 café\n"


def test_compile_error_shows_diagnostic_line_and_caret_and_keeps_state(kernel):
    kernel.run("int survivor = 7;")
    r = kernel.run('int ok = 1;\nint bad = "text";', allow_error=True)
    assert r.status == "error"
    err = r.error
    assert err["ename"] == "CompileError"
    assert "incompatible types" in err["evalue"]
    tb = "\n".join(err["traceback"])
    assert "line 2" in tb
    assert 'int bad = "text";' in tb
    caret_line = err["traceback"][err["traceback"].index('    int bad = "text";') + 1]
    assert caret_line.index("^") == '    int bad = "text";'.index('"')
    assert r.reply["content"]["ename"] == "CompileError"
    assert kernel.run("survivor + ok").value == "8"


def test_runtime_exception_has_class_message_and_user_frames_only(kernel):
    kernel.run("int[] small = new int[2];\nvoid poke(int i) { small[i] = 1; }")
    r = kernel.run("int ignored = 0;\npoke(5);", allow_error=True)
    err = r.error
    assert err["ename"] == "java.lang.ArrayIndexOutOfBoundsException"
    assert err["evalue"] == "Index 5 out of bounds for length 2"
    tb = "\n".join(err["traceback"])
    assert "poke()" in tb and "line 2" in tb
    assert "jdk.internal" not in tb and "java.lang.reflect" not in tb and "io.easel" not in tb
    assert kernel.run("small.length").value == "2"


def test_exception_causes_are_shown(kernel):
    r = kernel.run('throw new IllegalStateException("outer", new java.io.IOException("inner"));', allow_error=True)
    tb = "\n".join(r.error["traceback"])
    assert "IllegalStateException: outer" in tb
    assert "Caused by: java.io.IOException: inner" in tb


def test_cell_stops_at_first_failing_statement(kernel):
    kernel.run("int reached = 0;")
    kernel.run('reached = 1;\nif (true) throw new RuntimeException("stop");\nreached = 2;', allow_error=True)
    assert kernel.run("reached").value == "1"


@pytest.mark.parametrize("code", [
    "while (true) { }",
    "Thread.sleep(600_000);",
    "long n = 0; while (true) { if (++n % 50_000_000 == 0) System.out.println(n); }",
])
def test_interrupt_message_stops_a_running_cell(fresh_kernel, code):
    interrupt_and_check(fresh_kernel, code)


def test_sigint_stops_a_running_cell(fresh_kernel):
    interrupt_and_check(fresh_kernel, "while (true) { }", lambda: os.kill(fresh_kernel.pid, signal.SIGINT))


def test_complete_request_uses_jshell_analysis(kernel):
    kernel.run("String greeting = \"hi\";")
    reply = kernel.request("complete", "greeting.toUpp", 14)
    assert reply["status"] == "ok"
    assert any(m.startswith("toUpperCase(") for m in reply["matches"])
    assert reply["cursor_start"] == len("greeting.")
    assert reply["cursor_end"] == 14
    # completion of the snippet under the cursor in a multi-statement cell, after a magic line
    code = "%time int a = 1;\nint b = 2;\ngreet"
    reply = kernel.request("complete", code, len(code))
    assert "greeting" in reply["matches"]
    reply = kernel.request("complete", "%cla", 4)
    assert reply["matches"] == ["classpath"]


@pytest.mark.parametrize("code,status", [
    ("int x = 1;", "complete"),
    ("int y = 2", "complete"),
    ("for (int i = 0; i < 3; i++) {", "incomplete"),
    ("void f() {\n  if (true) {", "incomplete"),
    ("%time", "complete"),
    ("%%time\nwhile (false) {}", "complete"),
    ("int x = );", "invalid"),
    ("}", "invalid"),
])
def test_is_complete(kernel, code, status):
    reply = kernel.request("is_complete", code)
    assert reply["status"] == status, reply
    if status == "incomplete":
        assert reply["indent"].strip() == "" and len(reply["indent"]) >= 4


def test_inspect_gives_signatures(kernel):
    reply = kernel.request("inspect", "Math.max(1, 2)", 6)
    assert reply["found"] is True
    assert "Math.max(int a, int b)" in reply["data"]["text/plain"]
    kernel.run("String described = \"x\";")
    reply = kernel.request("inspect", "described", 3)
    assert reply["found"] is True and "String" in reply["data"]["text/plain"]


def test_history_returns_inputs(fresh_kernel):
    fresh_kernel.run("int h1 = 1;")
    fresh_kernel.run("h1 + 1")
    reply = fresh_kernel.request("history", hist_access_type="tail", n=10, output=False, raw=True)
    inputs = [entry[2] for entry in reply["history"]]
    assert inputs[-2:] == ["int h1 = 1;", "h1 + 1"]
    reply = fresh_kernel.request("history", hist_access_type="search", pattern="h1 +*", n=5, output=False, raw=True)
    assert [e[2] for e in reply["history"]] == ["h1 + 1"]


def test_magics_time_load_and_unknown(kernel, tmp_path):
    r = kernel.run("%time Thread.sleep(50)")
    assert re.search(r"Wall time: [\d.]+ (ms|s)", r.stdout)
    r = kernel.run("%%time\nint timed = 21;\ntimed * 2")
    assert r.value == "42" and "Wall time" in r.stdout
    script = tmp_path / "setup.jshell"
    script.write_text('int loaded = 5;\nString hello(String who) { return "hello " + who; }\nhello("file")\n')
    r = kernel.run("%load " + str(script))
    assert r.value == "hello file"
    assert kernel.run("loaded").value == "5"
    r = kernel.run("%nosuchmagic 1 2", allow_error=True)
    assert r.error["ename"] == "UnknownMagic"
    for known in ("%classpath", "%jars", "%load", "%time"):
        assert known in r.error["evalue"]
    bad = tmp_path / "bad.jshell"
    bad.write_text("int fine = 1;\n\nint broken = true;\n")
    r = kernel.run("%load " + str(bad), allow_error=True)
    assert "bad.jshell, line 3" in "\n".join(r.error["traceback"])


def test_display_render_and_update_display(kernel):
    r = kernel.run('var shown = display("first text");\nString id = shown.id();\nid')
    displays = r.of("display_data")
    assert len(displays) == 1 and displays[0]["data"]["text/plain"] == "first text"
    display_id = displays[0]["transient"]["display_id"]
    assert r.value == display_id
    r = kernel.run('updateDisplay(id, "second text");')
    updates = r.of("update_display_data")
    assert len(updates) == 1
    assert updates[0]["transient"]["display_id"] == display_id
    assert updates[0]["data"]["text/plain"] == "second text"
    r = kernel.run('display("<b>x</b>", "text/html");')
    assert "text/html" in r.of("display_data")[0]["data"] or "text/plain" in r.of("display_data")[0]["data"]
    r = kernel.run('render(42)')
    assert r.of("execute_result")


def test_shutdown_with_restart_gives_a_fresh_session(fresh_kernel):
    fresh_kernel.run("int before = 1;")
    old_pid = fresh_kernel.pid
    fresh_kernel.km.restart_kernel(now=False)
    fresh_kernel.kc.wait_for_ready(timeout=90)
    assert fresh_kernel.pid != old_pid
    r = fresh_kernel.run("before", allow_error=True)
    assert r.status == "error" and r.error["ename"] == "CompileError"
    assert fresh_kernel.run("1 + 1").value == "2"


def test_shutdown_request_ends_the_process(easel_prefix):
    k = start_kernel()
    try:
        msg_id = k.kc.shutdown(restart=False)
        reply = k.kc.get_control_msg(timeout=30)
        assert reply["parent_header"]["msg_id"] == msg_id
        reply = reply["content"]
        assert reply["status"] == "ok" and reply["restart"] is False
        deadline = time.time() + 15
        while k.km.is_alive() and time.time() < deadline:
            time.sleep(0.2)
        assert not k.km.is_alive()
    finally:
        stop_kernel(k)
