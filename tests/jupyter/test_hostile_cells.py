"""The worst a cell can do, through Debian's jupyter_client: every case causes its fault for real, and each must end
in exactly one reply, with the kernel answering afterwards and the user's variables intact."""
import time

import pytest

from conftest import interrupt_and_check, start_kernel, stop_kernel


@pytest.fixture(scope="module")
def hk(easel_prefix):
    """A kernel of this module's own: the cases below try hard to break it."""
    k = start_kernel()
    k.run("int kept = 21;")
    yield k
    stop_kernel(k)


def replies(kernel, msg_id):
    """Every execute_reply to msg_id that arrives within a second after the first."""
    found, deadline = [], None
    while True:
        timeout = 60 if deadline is None else max(0.05, deadline - time.time())
        try:
            msg = kernel.kc.get_shell_msg(timeout=timeout)
        except Exception:
            return found
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_reply":
            found.append(msg)
            deadline = deadline or time.time() + 1
        if deadline is not None and time.time() > deadline:
            return found


def run_broken(kernel, code, timeout=90):
    """Runs a cell that must fail; checks it got exactly one reply and one idle, and that the kernel lives on."""
    msg_id = kernel.kc.execute(code)
    outputs, idles = [], 0
    deadline = time.time() + timeout
    while idles == 0:
        msg = kernel.kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            idles += 1
        elif msg["msg_type"] in ("stream", "error", "execute_result", "display_data"):
            outputs.append((msg["msg_type"], msg["content"]))
    got = replies(kernel, msg_id)
    assert len(got) == 1, "expected exactly one execute_reply, got %d" % len(got)
    assert kernel.run("kept * 2").value == "42", "the kernel lost its variables"
    errors = [c for t, c in outputs if t == "error"]
    return got[0]["content"], errors[-1] if errors else None, outputs


def test_a_to_string_that_throws_an_error_is_the_cells_error(hk):
    reply, error, _ = run_broken(hk, 'new Object() { public String toString() { throw new AssertionError("boom"); } }')
    assert reply["status"] == "error"
    assert error["ename"] == "java.lang.AssertionError" and error["evalue"] == "boom"
    assert any("Showing the cell's value" in line for line in error["traceback"])


def test_a_cyclic_to_string_that_overflows_the_stack_is_the_cells_error(hk):
    hk.run("class Node { Node parent; public String toString() { return \"Node(\" + parent + \")\"; } }")
    reply, error, _ = run_broken(hk, "Node a = new Node(); Node b = new Node(); a.parent = b; b.parent = a;\na")
    assert reply["status"] == "error" and error["ename"] == "java.lang.StackOverflowError"
    assert hk.run("a == a.parent.parent").value == "true", "the cell's variables were defined before its value failed"


def test_an_exception_whose_get_message_throws_still_gets_its_reply(hk):
    reply, error, _ = run_broken(hk, "throw new RuntimeException() { public String getMessage() {"
                                     " throw new IllegalStateException(\"no message\"); } };")
    assert reply["status"] == "error"
    assert "getMessage() threw java.lang.IllegalStateException" in error["evalue"]


def test_a_cycle_of_causes_is_cut(hk):
    code = ("class Loop extends RuntimeException { Loop other; public Throwable getCause() { return other; } }\n"
            "Loop x = new Loop(); Loop y = new Loop(); x.other = y; y.other = x;\nthrow x;")
    reply, error, _ = run_broken(hk, code)
    assert reply["status"] == "error" and error["ename"].endswith("Loop")
    assert sum(1 for line in error["traceback"] if line.startswith("Caused by:")) == 1


def test_a_three_thousand_term_expression_compiles(hk):
    r = hk.run(" + ".join(["1"] * 3000), timeout=120)
    assert r.value == "3000"


def test_a_string_literal_over_the_class_file_limit_is_a_compile_error_and_later_cells_work(hk):
    reply, error, _ = run_broken(hk, 'String big = "' + "x" * 70000 + '";')
    assert reply["status"] == "error" and error["ename"] == "CompileError"
    assert "constant string too long" in error["evalue"] and "Files.readString" in error["evalue"]
    assert hk.run("1 + 1").value == "2"
    assert hk.run('String big = "x".repeat(70000); big.length()').value == "70000"


def test_an_array_literal_over_the_code_size_limit_is_a_compile_error_and_later_cells_work(hk):
    reply, error, _ = run_broken(hk, "int[] many = {" + ",".join(str(i % 100) for i in range(70000)) + "};")
    assert reply["status"] == "error" and error["ename"] == "CompileError"
    assert "code too large" in error["evalue"] and "loop" in error["evalue"]
    assert hk.run("int[] few = {1, 2, 3}; few.length").value == "3"


def test_system_exit_is_refused_and_the_kernel_lives_on(hk):
    reply, error, _ = run_broken(hk, "System.exit(0);")
    assert reply["status"] == "error" and error["ename"] == "java.lang.SecurityException"
    assert "Restart" in error["evalue"]
    reply, error, _ = run_broken(hk, "new Thread(() -> Runtime.getRuntime().halt(3)).start(); Thread.sleep(500);")
    assert hk.km.is_alive()


def test_class_object_can_be_dropped_again(hk):
    r = hk.run("class Object {}")
    assert "hides java.lang.Object" in r.stderr and "%drop Object" in r.stderr
    assert hk.run("new Object().getClass().getName()").value != "java.lang.Object"
    dropped = hk.run("%drop Object")
    assert "Dropped class Object." in dropped.stdout, dropped
    assert hk.run("new Object().getClass().getName()").value == "java.lang.Object"
    assert hk.run('String t = "fine"; t.length()').value == "4"
    missing = hk.run("%drop NoSuchThing", allow_error=True)
    assert missing.error["ename"] == "MagicError" and "Nothing named 'NoSuchThing'" in missing.error["evalue"]


def test_closing_system_out_does_not_silence_later_cells(hk):
    hk.run('System.out.println("before"); System.out.close();')
    assert hk.run('System.out.println("after");').stdout == "after\n"
    hk.run("System.err.close();")
    assert hk.run('System.err.println("err after");').stderr == "err after\n"


def test_redefining_a_record_says_which_variables_were_reset(hk):
    hk.run("record Point(int x) {}\nPoint p = new Point(1);")
    r = hk.run("record Point(int x, int y) {}")
    assert "variable p" in r.stderr, r


def test_a_print_flood_is_cut_at_the_budget_with_a_notice(hk):
    r = hk.run('String line = "x".repeat(1000); for (int i = 0; i < 50_000; i++) System.out.println(line);',
               timeout=120)
    printed = sum(len(c["text"]) for t, c in r.outputs if t == "stream" and c["name"] == "stdout")
    assert printed <= 10 * 1024 * 1024 + 4096
    assert "Output limit reached" in r.stdout + r.stderr
    assert "more bytes of output were dropped" in r.stderr
    assert max(len(c["text"]) for t, c in r.outputs if t == "stream") <= 1024 * 1024


def test_a_print_flood_stops_at_once_on_interrupt(fresh_kernel):
    interrupt_and_check(fresh_kernel, 'while (true) System.out.println("spam spam spam spam spam spam");',
                        running_for=2)


@pytest.mark.parametrize("code", [
    "new Object() { public String toString() { while (true) { } } }",
    "throw new RuntimeException() { public String getMessage() { while (true) { } } };",
])
def test_interrupt_stops_user_code_the_kernel_calls(fresh_kernel, code):
    interrupt_and_check(fresh_kernel, code)


def test_output_of_a_thread_a_cell_left_running_never_lands_in_another_cell(hk):
    first = hk.run("Thread t = new Thread(() -> { try { Thread.sleep(1500); } catch (InterruptedException e) { }"
                   " for (int i = 0; i < 20; i++) { System.out.println(\"late \" + i);"
                   " try { Thread.sleep(100); } catch (InterruptedException e) { } } }); t.start();")
    assert "left 1 thread running" in first.stderr, first
    second = hk.run('Thread.sleep(3500); System.out.println("mine");')
    assert second.stdout == "mine\n", second
