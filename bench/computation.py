"""What figures cost a computation, through the real kernel and Debian's jupyter_client:

- the cost of one Live.update (microseconds: it only records the newest figure);
- a compute loop that updates a live figure every step, and one that display()s a figure every step, against the
  same loop without figures (the ratio is wall time of the cell, last frames included, over the plain loop's);
- how the time of one cell grows with its length (plain statements, and statements mixed with declarations).

Run with /usr/bin/python3 after `python3 install.py` (it uses the kernelspec 'easel' on JUPYTER_PATH or in the
user's Jupyter folder):  /usr/bin/python3 bench/computation.py [--quick]
It prints Markdown tables; bench/RESULTS.md keeps the latest full run.
"""
import os
import platform
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "jupyter"))
from conftest import start_kernel, stop_kernel  # noqa: E402

SETUP = """
double[] xs = java.util.stream.IntStream.range(0, 1000).mapToDouble(i -> i / 100.0).toArray();
double[] ys = Arrays.stream(xs).map(Math::sin).toArray();
double[][] field = new double[300][300];
void step(double[][] f) {            // one sweep of a stencil computation, about 1.6 ms here
    for (int r = 1; r < f.length - 1; r++)
        for (int c = 1; c < f[r].length - 1; c++)
            f[r][c] = 0.25 * (f[r - 1][c] + f[r + 1][c] + f[r][c - 1] + f[r][c + 1]) + 1e-3;
    for (int k = 0; k < 20; k++) Math.sqrt(k);
}
void steps(double[][] f, int n) { for (int i = 0; i < n; i++) step(f); }
"""


def timed(k, code, timeout=600):
    start = time.time()
    k.run(code, timeout=timeout)
    return time.time() - start


def update_cost(k, n):
    r = k.run("""
        Figure fixed = Plot.line(xs, ys).title("fixed");
        Live probe = Live.show(fixed);
        for (int i = 0; i < 10_000; i++) probe.update(fixed);   // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < %d; i++) probe.update(fixed);
        System.out.println((System.nanoTime() - t0) / 1000.0 / %d);
        """ % (n, n), timeout=300)
    return float(r.stdout.strip())


def loop_ratios(k, steps, inner):
    plain = "steps(field, %d);" % (inner * steps)
    live = ("Live watch = Live.show(Plot.line(xs, ys).title(\"step 0\"));"
            "for (int s = 1; s <= %d; s++) { steps(field, %d); watch.update(Plot.line(xs, ys).title(\"step \" + s)); }"
            % (steps, inner))
    shown = ("for (int s = 1; s <= %d; s++) { steps(field, %d); display(Plot.line(xs, ys).title(\"step \" + s)); }"
             % (steps, inner))
    timed(k, plain)  # warm-up of the JIT
    timed(k, live.replace("watch", "warm"))
    base = min(timed(k, plain) for _ in range(2))
    with_live = min(timed(k, live.replace("watch", "w%d" % i)) for i in range(2))
    with_display = timed(k, shown)
    return base, with_live, with_display


def cell_length(k, lines, mixed):
    body = []
    for i in range(lines):
        body.append("int v%d = %d;" % (i, i) if mixed and i % 10 == 0 else "counter += %d;" % (i % 7))
    k.run("int counter = 0;")
    return timed(k, "\n".join(body), timeout=900)


def main():
    quick = "--quick" in sys.argv
    k = start_kernel()
    try:
        k.run(SETUP)
        k.run("Plot.line(xs, ys)", timeout=120)  # renderer warm
        print("Machine: %d CPUs, %s %s, Python %s; %s" % (os.cpu_count(), platform.system(), platform.machine(),
                                                        platform.python_version(), time.strftime("%Y-%m-%d %H:%M")))
        n = 100_000 if not quick else 10_000
        print("\n| measure | value |\n|---|---:|")
        print("| Live.update, per call (µs, %d calls, same figure) | %.2f |" % (n, update_cost(k, n)))

        # steps of 10 sweeps (a few ms: drawing a figure takes longer than a step) and of 60 sweeps (a step about as
        # long as a full figure bundle takes to draw): a simulation that shows its state every step of that size
        for steps, inner in ([(100, 10), (100, 60)] if not quick else [(20, 10)]):
            base, live, shown = loop_ratios(k, steps, inner)
            print("\n| compute loop, %d steps of %d sweeps | wall time (s) | ratio to no figures |\n|---|---:|---:|"
                  % (steps, inner))
            print("| no figures | %.2f | 1.00 |" % base)
            print("| live.update every step | %.2f | %.2f |" % (live, live / base))
            print("| display(fig) every step (%d figures) | %.2f | %.2f |" % (steps, shown, shown / base))

        print("\n| cell | lines | wall time (s) | ms per line |\n|---|---:|---:|---:|")
        sizes = [1000, 5000] if not quick else [500]
        for lines in sizes:
            t = cell_length(k, lines, False)
            print("| plain statements | %d | %.1f | %.2f |" % (lines, t, 1000 * t / lines))
        for lines in sizes:
            t = cell_length(k, lines, True)
            print("| 1 in 10 a declaration | %d | %.1f | %.2f |" % (lines, t, 1000 * t / lines))
    finally:
        stop_kernel(k)


if __name__ == "__main__":
    main()
