"""install.py: locations, names, JVM options, uninstall; run with the pyenv python3 that cannot import Jupyter and
checked with Debian's `jupyter kernelspec list`."""
import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT

# the python3 on PATH (pyenv on this machine), not /usr/bin/python3: install.py must need no Jupyter modules
PLAIN_PYTHON = shutil.which("python3")


def install(*args, env=None):
    return subprocess.run([PLAIN_PYTHON, os.path.join(ROOT, "install.py"), *args], cwd=ROOT, env=env,
                          check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kernelspecs(jupyter_path):
    env = dict(os.environ, JUPYTER_PATH=jupyter_path)
    out = subprocess.run(["/usr/bin/jupyter", "kernelspec", "list", "--json"], env=env, check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)["kernelspecs"]


def test_prefix_install_is_seen_by_jupyter_and_carries_jvm_options(tmp_path):
    prefix = tmp_path / "env"
    install("--prefix", str(prefix), "--kernel-jvm-opts", "-Xmx3g -Dfoo=bar", "--renderer-jvm-opts", "-Xmx768m")
    spec_dir = prefix / "share" / "jupyter" / "kernels" / "easel"
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert spec["display_name"] == "Java (Easel)"
    assert spec["language"] == "java"
    assert spec["interrupt_mode"] == "message"
    # the SecurityManager that refuses System.exit in cells needs this on JDK 18 and later
    assert spec["argv"][1] == "-Djava.security.manager=allow"
    # the user's options come after the kernelspec's own JVM defaults, so they win
    argv = spec["argv"]
    assert argv[argv.index("-Xmx3g") + 1] == "-Dfoo=bar"
    assert argv.index("-XX:MaxHeapFreeRatio=70") < argv.index("-Xmx3g")
    assert spec["env"]["MALLOC_ARENA_MAX"] == "2"
    assert spec["argv"][-2:] == ["io.easel.kernel.EaselKernelMain", "{connection_file}"]
    assert spec["env"]["EASEL_RENDERER_JVM_OPTIONS"] == "-Xmx768m"
    # the jars are copied, so the kernelspec does not depend on the checkout
    assert list((spec_dir / "lib" / "kernel").glob("easel-kernel-*.jar"))
    assert list((spec_dir / "lib" / "renderer").glob("easel-renderer-*.jar"))
    assert str(spec_dir / "lib" / "renderer") in spec["env"]["EASEL_RENDERER_CLASSPATH"]
    specs = kernelspecs(str(prefix / "share" / "jupyter"))
    assert specs["easel"]["spec"]["display_name"] == "Java (Easel)"


def test_user_install_uses_the_jupyter_data_dir_and_uninstall_removes_it(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home))
    env.pop("JUPYTER_DATA_DIR", None)
    env.pop("XDG_DATA_HOME", None)
    out = install(env=env).stdout
    spec_dir = home / ".local" / "share" / "jupyter" / "kernels" / "easel"
    assert (spec_dir / "kernel.json").exists(), out
    install("--uninstall", env=env)
    assert not spec_dir.exists()


def test_name_and_display_name_and_sys_prefix_style_locations(tmp_path):
    prefix = tmp_path / "p"
    install("--prefix", str(prefix), "--name", "easel-dev", "--display-name", "Java (Easel dev)")
    spec = json.loads((prefix / "share/jupyter/kernels/easel-dev/kernel.json").read_text())
    assert spec["display_name"] == "Java (Easel dev)"
    out = install("--prefix", str(prefix), "--name", "easel-dev", "--uninstall").stdout
    assert "Removed" in out
    out = install("--prefix", str(prefix), "--name", "easel-dev", "--uninstall").stdout
    assert "Nothing to uninstall" in out


def kernel_maps(k, name):
    with open("/proc/%d/maps" % k.km.provisioner.pid) as f:
        return name in f.read()


def test_the_installed_kernel_runs_from_a_prefix_and_maps_the_class_data_archive_of_the_training_run(
        tmp_path, monkeypatch):
    from conftest import start_kernel, stop_kernel
    prefix = tmp_path / "run"
    out = install("--prefix", str(prefix), "--kernel-jvm-opts", "-Deasel.test.marker=present").stdout
    spec_dir = prefix / "share" / "jupyter" / "kernels" / "easel"
    archive = spec_dir / "cds" / "kernel.jsa"
    assert archive.stat().st_size > 1_000_000, out
    assert not list((spec_dir / "cds").glob("*.tmp"))
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert "-XX:SharedArchiveFile=" + str(archive) in spec["argv"]
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    k = start_kernel()
    try:
        assert k.run('System.getProperty("easel.test.marker")').value == "present"
        assert kernel_maps(k, "kernel.jsa")
    finally:
        stop_kernel(k)


def test_a_missing_or_stale_class_data_archive_only_means_a_start_without_it(tmp_path, monkeypatch):
    from conftest import start_kernel, stop_kernel
    prefix = tmp_path / "no-cds"
    install("--prefix", str(prefix), "--no-class-data")
    cds = prefix / "share" / "jupyter" / "kernels" / "easel" / "cds"
    assert not (cds / "kernel.jsa").exists()
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    k = start_kernel()
    try:
        assert k.run("1 + 1").value == "2"
    finally:
        stop_kernel(k)
    cds.mkdir(exist_ok=True)
    (cds / "kernel.jsa").write_bytes(b"not an archive, as after a JDK update" * 1000)
    k = start_kernel()
    try:
        r = k.run("2 + 2")
        assert r.value == "4"
        assert not kernel_maps(k, "kernel.jsa")
        assert "archive" not in r.stdout + r.stderr
    finally:
        stop_kernel(k)


def test_a_failed_training_run_leaves_the_kernelspec_installed_and_says_what_to_do(tmp_path):
    broken = tmp_path / "java"
    broken.write_text("#!/bin/sh\necho 'this java cannot run' >&2\nexit 1\n")
    broken.chmod(0o755)
    prefix = tmp_path / "broken-java"
    r = install("--prefix", str(prefix), "--java", str(broken))
    spec_dir = prefix / "share" / "jupyter" / "kernels" / "easel"
    assert (spec_dir / "kernel.json").exists()
    assert "the training run failed" in r.stderr and "this java cannot run" in r.stderr, r.stderr
    assert "--no-class-data" in r.stderr
    assert not (spec_dir / "cds" / "kernel.jsa").exists()
    assert not list((spec_dir / "cds").glob("*.tmp"))


def test_a_chosen_collector_replaces_the_default_serial_one(tmp_path):
    prefix = tmp_path / "g1"
    install("--prefix", str(prefix), "--kernel-jvm-opts", "-XX:+UseG1GC", "--no-class-data")
    argv = json.loads((prefix / "share/jupyter/kernels/easel/kernel.json").read_text())["argv"]
    assert "-XX:+UseG1GC" in argv and "-XX:+UseSerialGC" not in argv


def test_figure_formats_option_sets_the_bundle_of_every_figure_and_reset_keeps_it(tmp_path, monkeypatch):
    from conftest import start_kernel, stop_kernel
    prefix = tmp_path / "png-only"
    install("--prefix", str(prefix), "--figure-formats", "PNG")
    spec = json.loads((prefix / "share/jupyter/kernels/easel/kernel.json").read_text())
    assert spec["env"]["EASEL_FIGURE_FORMATS"] == "png"
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    k = start_kernel()
    try:
        def bundle_types():
            r = k.run("Plot.line(new double[] {1, 2, 3}, new double[] {3, 1, 2})")
            results = r.of("execute_result") + r.of("display_data")
            assert len(results) == 1, r
            return set(results[0]["data"])

        assert bundle_types() == {"image/png", "text/plain"}
        assert "formats=png size=auto" in k.run("%figures").stdout
        k.run("%figures formats=svg")
        assert bundle_types() == {"image/svg+xml", "text/plain"}
        k.run("%figures reset")
        assert bundle_types() == {"image/png", "text/plain"}
    finally:
        stop_kernel(k)


def test_a_bad_figure_formats_value_fails_the_install_and_names_the_choices(tmp_path):
    r = subprocess.run([PLAIN_PYTHON, os.path.join(ROOT, "install.py"), "--prefix", str(tmp_path / "bad"),
                        "--figure-formats", "png,eps"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True)
    assert r.returncode != 0
    assert "'png,eps' is not a list of inline formats" in r.stderr and "%export" in r.stderr, r.stderr
    assert not (tmp_path / "bad").exists()
