"""Inline figure cost through the real kernel: 20 figures (1,000-point line) displayed in one cell, per bundle,
ms per figure, measured with Debian's jupyter_client, then the bytes of each format of the default bundle. Run with
/usr/bin/python3 after `python3 install.py` (it uses the kernelspec 'easel' found on JUPYTER_PATH or in the user's
Jupyter folder)."""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "jupyter"))
from conftest import start_kernel, stop_kernel  # noqa: E402

FIGURES = 20


def main():
    k = start_kernel()
    try:
        k.run("double[] xs = java.util.stream.IntStream.range(0, 1000).mapToDouble(i -> i / 10.0).toArray();"
              "double[] ys = Arrays.stream(xs).map(Math::sin).toArray();")
        print("| bundle | ms per figure |\n|---|---:|")
        for formats in ["png,svg,pdf", "png,svg", "png", "svg", "pdf"]:
            k.run("%figures formats=" + formats)
            for _ in range(2):  # warm-up
                k.run("for (int i = 0; i < 3; i++) display(Plot.line(xs, ys).title(\"w\" + i));")
            start = time.time()
            r = k.run("for (int i = 0; i < %d; i++) display(Plot.line(xs, ys).title(\"Figure \" + i));" % FIGURES)
            elapsed = time.time() - start
            assert len(r.of("display_data")) == FIGURES
            print("| %s | %.0f |" % (formats, elapsed / FIGURES * 1000))
        k.run("%figures reset")
        shown = k.run("display(Plot.line(xs, ys).title(\"Sizes\"));").of("display_data")[0]["data"]
        print("\n| format (1,000-point line, the default bundle) | bytes in the notebook |\n|---|---:|")
        for mime, value in shown.items():
            if mime != "text/plain":
                # base64 for PNG and PDF, text for SVG: what the .ipynb file holds
                print("| %s | %d |" % (mime, len(value)))
        print("\n" + k.run("%renderer status").stdout.strip())
    finally:
        stop_kernel(k)


if __name__ == "__main__":
    main()
