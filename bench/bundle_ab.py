"""One figure displayed in the kernel's default inline bundle (PNG at scale 2, SVG, PDF), timed per cell, for two
(or more) Easel installs, interleaved. A big scatter's SVG and PDF are over the bundle's max-svg limit, so the
notebook keeps only its PNG; this shows what the cell pays for the outputs it will not keep:

    /usr/bin/python3 install.py --prefix /tmp/before      # from the old checkout
    /usr/bin/python3 install.py --prefix /tmp/after       # from this one
    /usr/bin/python3 bench/bundle_ab.py --reps 3 before=/tmp/before after=/tmp/after

Each install gets one kernel; the figure is the race's 100k-point scatter (race.py EASEL_SETUP), displayed with
`display(Plot.scatter(bx, by))` after one untimed warm-up cell. It prints the median seconds per cell and the MIME
types the last cell's figure came with.
"""
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "jupyter"))
sys.path.insert(0, HERE)
from conftest import start_kernel, stop_kernel  # noqa: E402
from race import EASEL_FIRST, EASEL_SETUP, figures_in, mimes_of_last  # noqa: E402

CELL = "display(Plot.scatter(bx, by));"


def main(argv):
    reps = 3
    if argv[:1] == ["--reps"]:
        reps, argv = int(argv[1]), argv[2:]
    installs = [a.split("=", 1) for a in argv]
    if not installs or any(len(i) != 2 for i in installs):
        sys.exit("usage: bundle_ab.py [--reps N] NAME=PREFIX [NAME=PREFIX ...]")
    kernels = {}
    try:
        for name, prefix in installs:
            os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
            k = start_kernel(startup_timeout=180)
            k.run(EASEL_FIRST, timeout=300)
            k.run(EASEL_SETUP, timeout=300)
            k.run(CELL, timeout=300)  # warm-up
            kernels[name] = k
        times = {name: [] for name, _ in installs}
        last = {}
        for rep in range(reps):
            order = installs if rep % 2 == 0 else installs[::-1]
            for name, _ in order:
                t0 = time.perf_counter()
                r = kernels[name].run(CELL, timeout=300)
                times[name].append(time.perf_counter() - t0)
                if figures_in(r) != 1:
                    raise AssertionError("%s: expected one figure, got %d" % (name, figures_in(r)))
                last[name] = mimes_of_last(r)
        for name, _ in installs:
            print("%-10s %.2f s per cell (of %s)  %s" % (name, statistics.median(times[name]),
                                                    " ".join("%.2f" % t for t in times[name]), " ".join(last[name])))
    finally:
        for k in kernels.values():
            stop_kernel(k)


if __name__ == "__main__":
    main(sys.argv[1:])
