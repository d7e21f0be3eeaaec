"""What the conformance suite does not check, through Debian's jupyter_client: silent requests, comm_info,
history ranges, stdin, and the IPython conventions a Python user takes for granted (name?, exit, clear_output,
readable arrays, is_complete that calls bad syntax invalid)."""
import time


def test_a_silent_request_broadcasts_no_input_and_keeps_the_count(kernel):
    before = kernel.run("1").reply["content"]["execution_count"]
    msg_id = kernel.kc.execute('System.out.println("quiet");', silent=True)
    r = kernel.collect(msg_id)
    kinds = [m["msg_type"] for m in r.messages]
    assert "execute_input" not in kinds, kinds
    after = kernel.run("2").reply["content"]["execution_count"]
    assert after == before + 1, "a silent request must not take an execution count"


def test_comm_info_has_a_status_and_an_object_of_comms(kernel):
    reply = kernel.request("comm_info")
    assert reply["status"] == "ok" and reply["comms"] == {}
    reply = kernel.request("comm_info", target_name="jupyter.widget")
    assert reply["status"] == "ok" and reply["comms"] == {}


def test_history_range_reads_the_session_tail_reports(kernel):
    kernel.run("int h1 = 1;")
    kernel.run("int h2 = 2;")
    tail = kernel.request("history", hist_access_type="tail", n=2, output=False, raw=True)
    assert [h[2] for h in tail["history"]] == ["int h1 = 1;", "int h2 = 2;"]
    session, start = tail["history"][0][0], tail["history"][0][1]
    ranged = kernel.request("history", hist_access_type="range", session=session, start=start, stop=start + 2,
                            output=False, raw=True)
    assert [h[2] for h in ranged["history"]] == ["int h1 = 1;", "int h2 = 2;"]
    current = kernel.request("history", hist_access_type="range", session=0, start=start, stop=start + 1,
                             output=False, raw=True)
    assert [h[2] for h in current["history"]] == ["int h1 = 1;"]


def test_stdin_reads_what_the_client_answers(kernel):
    msg_id = kernel.kc.execute('new java.util.Scanner(System.in).nextLine().toUpperCase()', allow_stdin=True)
    request = kernel.kc.get_stdin_msg(timeout=30)
    assert request["msg_type"] == "input_request"
    kernel.kc.input("typed by the client")
    r = kernel.collect(msg_id)
    assert r.value == "TYPED BY THE CLIENT", r


def test_name_question_mark_pages_the_signatures(kernel):
    r = kernel.run("Math.max?")
    payload = r.reply["content"]["payload"]
    assert len(payload) == 1 and payload[0]["source"] == "page"
    assert "int Math.max(int a, int b)" in payload[0]["data"]["text/plain"]
    r = kernel.run("Plot.line?")
    assert "Plot.line(" in r.reply["content"]["payload"][0]["data"]["text/plain"]
    missing = kernel.run("NoSuchThing?", allow_error=True)
    assert missing.error["ename"] == "NoDocumentation"


def test_inspect_finds_a_name_with_the_cursor_right_after_it(kernel):
    for code in ("Math.max", "System.out.println", "Plot.line"):
        reply = kernel.request("inspect", code, len(code))
        assert reply["status"] == "ok" and reply["found"], (code, reply)
        assert code.split(".")[-1] in reply["data"]["text/plain"]


def test_name_question_mark_pages_the_javadoc_of_easels_api(kernel):
    data = kernel.run("Plot.line?").reply["content"]["payload"][0]["data"]
    page = data["text/plain"]
    # every overload, with its parameter names, and the sentence of Plot.line's own Javadoc
    assert "Figure Plot.line(double[] x, double[] y)" in page and "Figure Plot.line(Object y)" in page, page
    assert "A line through (x, y), connected in order of x." in page, page
    # the notebook's pager shows the HTML form
    assert "<pre><code>static Figure Plot.line(double[] x, double[] y)</code></pre>" in data["text/html"], data
    assert "A line through (x, y), connected in order of x." in data["text/html"], data
    kernel.run("Figure documented = Plot.line(new double[] {1, 2}, new double[] {3, 4});")
    page = kernel.run("documented.save?").reply["content"]["payload"][0]["data"]["text/plain"]
    assert "Path Figure.save(Path path)" in page, page
    # @return and @throws as sections, {@code}/{@link} as their text
    assert "Returns:\n" in page and "IllegalArgumentException - when the extension is missing" in page, page
    assert "{@" not in page and "<p>" not in page, page
    page = kernel.run("documented?").reply["content"]["payload"][0]["data"]["text/plain"]
    assert page.startswith("documented : io.easel.plot.Figure"), page
    assert "class io.easel.plot.Figure" in page, page
    detail = kernel.run("display??").reply["content"]["payload"][0]["data"]["text/plain"]
    assert "Shows a value as its own output" in detail, detail
    assert "public static DisplayHandle display(Object value) {" in detail, "name?? shows the source too"


def test_cells_do_not_see_the_sources_the_api_jars_carry(kernel):
    r = kernel.run('Thread.currentThread().getContextClassLoader()'
                   '.getResource("META-INF/easel/sources/io/easel/plot/Plot.java") == null')
    assert r.value == "true", r


def test_inspect_right_after_or_inside_a_name_returns_its_javadoc(kernel):
    code = "Live.show"
    reply = kernel.request("inspect", code, len(code))
    assert reply["status"] == "ok" and reply["found"], reply
    assert "Shows the value now as a new output" in reply["data"]["text/plain"], reply
    assert "Shows the value now as a new output" in reply["data"]["text/html"], reply
    code = "Live live = Live.show( Plot.line(new double[] {1, 2}, new double[] {3, 4}));"
    for cursor in (code.index("show") + 2, code.index("( Plot") + 1):  # inside the name, among its arguments
        reply = kernel.request("inspect", code, cursor)
        assert reply["found"] and "static Live Live.show(Object value)" in reply["data"]["text/plain"], reply
    reply = kernel.request("inspect", "display", len("display"))
    assert "DisplayHandle Notebook.display(Object value, String... mimeTypes)" in reply["data"]["text/plain"], reply


def test_inspect_follows_a_variable_declared_again_with_another_type(kernel):
    kernel.run("var changing = Plot.line(new double[] {1, 2}, new double[] {3, 4});")
    reply = kernel.request("inspect", "changing", len("changing"))
    assert reply["data"]["text/plain"].startswith("changing : io.easel.plot.Figure"), reply
    kernel.run('var changing = new DisplayHandle("some-id");')
    reply = kernel.request("inspect", "changing", len("changing"))
    assert reply["data"]["text/plain"].startswith("changing : io.easel.notebook.DisplayHandle"), reply


def test_inspect_and_question_mark_of_an_unknown_name_find_nothing(kernel):
    reply = kernel.request("inspect", "noSuchThingHere", len("noSuchThingHere"))
    assert reply["status"] == "ok" and reply["found"] is False and reply["data"] == {}, reply
    missing = kernel.run("noSuchThingHere?", allow_error=True)
    assert missing.error["ename"] == "NoDocumentation"
    assert "Nothing named 'noSuchThingHere' is known here" in missing.error["evalue"], missing.error


def test_is_complete_calls_plain_syntax_errors_invalid(kernel):
    # the kernel's own check needs javac's parser, which it warms a few seconds after its start (or at the first
    # is_complete); until then JShell's answer ("complete": the cell then fails to compile) stands, by design
    deadline = time.monotonic() + 60
    while kernel.request("is_complete", "int 1x = 2;")["status"] != "invalid":
        assert time.monotonic() < deadline, "the kernel's syntax check never became ready"
        time.sleep(0.2)
    for code in ("int 1x = 2;", "1 +* 2", "int a = 1 1;"):
        assert kernel.request("is_complete", code)["status"] == "invalid", code
    assert kernel.request("is_complete", "int ok = 1;")["status"] == "complete"
    assert kernel.request("is_complete", "void f() {")["status"] == "incomplete"


def test_arrays_print_as_jshell_prints_them(kernel):
    assert kernel.run("new int[]{1, 2, 3}").value == "int[3] { 1, 2, 3 }"
    assert kernel.run('new String[][]{{"a"}, {}}').value == 'String[2][] { String[1] { "a" }, String[0] { } }'
    r = kernel.run("Object[] self = new Object[1]; self[0] = self; self")
    assert r.value == "Object[1] { Object[1] { ... } }"
    assert kernel.run("java.util.Map.of(\"k\", 1)").value == "{k=1}"


def test_clear_output_with_and_without_wait(kernel):
    r = kernel.run('System.out.println("gone"); clearOutput(); System.out.println("kept"); clearOutput(true);')
    clears = [m["content"] for m in r.messages if m["msg_type"] == "clear_output"]
    assert clears == [{"wait": False}, {"wait": True}], clears


def test_exit_asks_the_console_to_end(fresh_kernel):
    r = fresh_kernel.run("exit")
    payload = r.reply["content"]["payload"]
    assert payload == [{"source": "ask_exit", "keepkernel": False}]
    assert fresh_kernel.run("1 + 1").value == "2", "a notebook that runs exit keeps its kernel"


def test_messages_signed_with_another_key_on_the_shell_and_control_sockets_leave_the_kernel_answering(kernel):
    """A stranger's execute and shutdown requests, with a wrong signature, on the kernel's own sockets: the kernel
    drops them, keeps answering on both channels and keeps its state."""
    import zmq
    kernel.run("int before = 41;")
    info = kernel.km.get_connection_info()
    context = zmq.Context()
    try:
        for port in (info["shell_port"], info["control_port"]):
            stranger = context.socket(zmq.DEALER)
            stranger.setsockopt(zmq.LINGER, 0)
            stranger.connect("tcp://%s:%d" % (info["ip"], port))
            stranger.send_multipart([b"<IDS|MSG>", b"0" * 64, b'{"msg_id": "x", "msg_type": "execute_request"}',
                                     b"{}", b"{}", b'{"code": "System.exit(1);"}'])
            stranger.send_multipart([b"<IDS|MSG>", b"bad", b'{"msg_id": "y", "msg_type": "shutdown_request"}',
                                     b"{}", b"{}", b'{"restart": false}'])
            stranger.close()
        time.sleep(0.5)
        assert kernel.run("before + 1").value == "42"
        assert kernel.request("kernel_info")["language_info"]["name"] == "java"
    finally:
        context.term()
