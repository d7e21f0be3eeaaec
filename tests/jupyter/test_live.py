"""Live figures and asynchronous display through Debian's jupyter_client: updates never wait for drawing, stale frames
are dropped, and the last frame is out before the cell's reply."""
import base64
import time

import pytest

from conftest import start_kernel, stop_kernel

LINE = "Plot.line(xs, ys)"
SETUP = ("double[] xs = java.util.stream.IntStream.range(0, 200).mapToDouble(i -> i / 10.0).toArray();"
         "double[] ys = Arrays.stream(xs).map(Math::sin).toArray();")


@pytest.fixture(scope="module")
def lk(easel_prefix):
    k = start_kernel()
    k.run(SETUP)
    yield k
    stop_kernel(k)


def final_outputs(result):
    """The cell's outputs as a notebook saves them: each update_display_data rewrites the outputs with its id."""
    outputs = []
    for kind, content in result.outputs:
        if kind == "update_display_data":
            for i, (k, c) in enumerate(outputs):
                if c.get("transient", {}).get("display_id") == content["transient"]["display_id"]:
                    outputs[i] = (k, dict(c, data=content["data"], metadata=content["metadata"]))
        else:
            outputs.append((kind, content))
    return outputs


def svg_of(content):
    return content["data"].get("image/svg+xml", "")


def test_a_thousand_updates_drop_stale_frames_and_the_saved_output_is_the_last(lk):
    r = lk.run("""
        Live live = Live.show(%s.title("step 0"));
        for (int step = 1; step <= 1000; step++) {
            live.update(%s.title("step " + step));
        }
        System.out.println(live.renderedFrames() + " " + live.droppedFrames());
        """ % (LINE, LINE), timeout=120)
    rendered, dropped = (int(v) for v in r.stdout.split())
    # updates are recorded, not queued: the loop outruns the renderer by far
    assert dropped > 900, r.stdout
    assert rendered + dropped <= 1001
    frames = r.of("update_display_data")
    assert 1 <= len(frames) < 100, len(frames)
    final = [c for k, c in final_outputs(r) if k == "display_data"]
    assert len(final) == 1
    assert "step 1000" in svg_of(final[0]), "the saved output must be the last update"
    assert base64.b64decode(final[0]["data"]["image/png"]).startswith(b"\x89PNG")
    assert r.of("execute_result") == [], "a cell's Live handle is not printed"


def test_several_live_figures_in_one_cell_each_end_as_their_last_update(lk):
    r = lk.run("""
        Live a = Live.show(%s.title("a 0"));
        Live b = Live.show(Plot.scatter(xs, ys).title("b 0"));
        for (int i = 1; i <= 50; i++) { a.update(%s.title("a " + i)); b.update(Plot.scatter(xs, ys).title("b " + i)); }
        """ % (LINE, LINE), timeout=120)
    final = [c for k, c in final_outputs(r) if k == "display_data"]
    assert len(final) == 2
    assert "a 50" in svg_of(final[0]) and "b 50" in svg_of(final[1])


def test_display_keeps_its_place_among_the_cells_other_outputs(lk):
    r = lk.run("""
        System.out.println("before");
        display(%s.title("the figure"));
        System.out.println("after");
        """ % LINE, timeout=120)
    order = [(k, c.get("text", "").strip() or svg_of(c)[:0]) for k, c in final_outputs(r)]
    kinds = [k for k, _ in order]
    assert kinds == ["stream", "display_data", "stream"], order
    assert final_outputs(r)[0][1]["text"] == "before\n" and final_outputs(r)[2][1]["text"] == "after\n"
    assert "the figure" in svg_of(final_outputs(r)[1][1])


def test_a_failing_render_shows_its_error_at_the_figures_place(lk):
    # the renderer refuses a title of 200,000 characters; the cell goes on meanwhile
    r = lk.run('System.out.println("first"); display(%s.title("x".repeat(200_000))); System.out.println("last");'
               % LINE, timeout=120, allow_error=True)
    final = [(k, c) for k, c in final_outputs(r) if k != "error"]
    assert [k for k, _ in final] == ["stream", "display_data", "stream"], final
    text = final[1][1]["data"]["text/plain"]
    assert "could not be rendered" in text and "200000 characters" in text, text
    # the cell ran to its end, and then fails, so that a notebook run notices the missing figure
    assert r.status == "error" and r.error["ename"] == "FigureError", r
    assert "200000 characters" in r.error["evalue"]
    assert lk.run("1 + 1").value == "2"


def test_a_live_figure_updated_from_a_background_thread(lk):
    r = lk.run("""
        Live bg = Live.show(%s.title("bg 0"));
        Thread t = new Thread(() -> { for (int i = 1; i <= 40; i++) bg.update(%s.title("bg " + i)); });
        t.start(); t.join();
        """ % (LINE, LINE), timeout=120)
    final = [c for k, c in final_outputs(r) if k == "display_data"]
    assert "bg 40" in svg_of(final[0])


def test_updates_after_the_cell_ended_reach_the_right_output_and_no_other_cell(lk):
    first = lk.run("""
        Live later = Live.show(%s.title("later 0"));
        Thread t = new Thread(() -> {
            try { Thread.sleep(1500); } catch (InterruptedException e) { }
            later.update(%s.title("later 1"));
        });
        t.start();
        """ % (LINE, LINE), timeout=120)
    display_id = first.of("display_data")[0]["transient"]["display_id"]
    first_id = first.messages[0]["parent_header"]["msg_id"]
    second_id = lk.kc.execute("Thread.sleep(4000); 7")
    second_outputs, late_updates, second_idle = [], [], False
    deadline = time.time() + 30
    while time.time() < deadline and not (second_idle and late_updates):
        try:
            msg = lk.kc.get_iopub_msg(timeout=1)
        except Exception:
            continue
        parent = msg["parent_header"].get("msg_id")
        if msg["msg_type"] == "update_display_data" and msg["content"]["transient"]["display_id"] == display_id:
            late_updates.append(msg)
        if parent == second_id:
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                second_idle = True
            elif msg["msg_type"] != "status":
                second_outputs.append(msg)
    assert second_idle
    assert late_updates, "no update for the first cell's live figure arrived after that cell ended"
    # it went out on the first cell's request, with the first output's display id, and nowhere in the second cell
    assert all(m["parent_header"]["msg_id"] == first_id for m in late_updates)
    assert "later 1" in late_updates[-1]["content"]["data"]["image/svg+xml"]
    assert [m["msg_type"] for m in second_outputs] == ["execute_input", "execute_result"], second_outputs


def test_interrupt_during_a_live_loop_stops_it_and_keeps_the_last_frame(fresh_kernel):
    fresh_kernel.run(SETUP + " int kept = 3;")
    msg_id = fresh_kernel.kc.execute("""
        Live spin = Live.show(%s.title("spin 0"));
        for (long i = 1; ; i++) { spin.update(%s.title("spin " + i)); }
        """ % (LINE, LINE))
    # interrupt once a frame is out (a fixed sleep is too short on a loaded machine, where the first frame of a fresh
    # kernel can take seconds), then a moment later, mid-frame
    early = []
    deadline = time.time() + 60
    while time.time() < deadline and not any(m["msg_type"] == "update_display_data" for m in early):
        try:
            msg = fresh_kernel.kc.get_iopub_msg(timeout=1)
        except Exception:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            early.append(msg)
    assert any(m["msg_type"] == "update_display_data" for m in early), "no frame of the live loop within 60 s"
    time.sleep(1)
    started = time.time()
    fresh_kernel.km.interrupt_kernel()
    r = fresh_kernel.collect(msg_id, timeout=30)
    assert r.error["ename"] == "Interrupted", r
    assert time.time() - started < 8
    r.outputs = [(m["msg_type"], m["content"]) for m in early
                 if m["msg_type"] in ("display_data", "update_display_data")] + r.outputs
    final = [c for k, c in final_outputs(r) if k == "display_data"]
    assert len(final) == 1 and "image/png" in final[0]["data"], "the last completed frame stays in the output"
    assert fresh_kernel.run("kept").value == "3"
    assert fresh_kernel.run("spin.renderedFrames() > 0").value == "true"


def test_the_live_notebook_saves_the_last_frame_of_each_simulation(easel_prefix, tmp_path):
    import json
    import os
    import subprocess
    from conftest import ROOT
    subprocess.run(["/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                    "--ExecutePreprocessor.timeout=300", "--output-dir", str(tmp_path),
                    os.path.join(ROOT, "notebooks", "live.ipynb")],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    nb = json.loads((tmp_path / "live.ipynb").read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    figures = [[o for o in c["outputs"] if o["output_type"] == "display_data"] for c in code]
    assert [len(f) for f in figures] == [1, 1]
    assert "Heat on a rod, step 2000" in "".join(figures[0][0]["data"]["image/svg+xml"])
    assert "SIR model, day 160" in "".join(figures[1][0]["data"]["image/svg+xml"])
    printed = "".join("".join(o.get("text", "")) for c in code for o in c["outputs"])
    assert "rod: " in printed and "skipped as stale" in printed and "peak" in printed
