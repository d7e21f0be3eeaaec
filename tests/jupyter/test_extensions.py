"""Extensions (JJava's Extension SPI) and the class path magics, through the real Jupyter client."""
import glob
import os
import shutil
import subprocess
import textwrap

import pytest

from conftest import ROOT, start_kernel, stop_kernel

JJAVA_JAR = None


def _jjava_jar():
    jars = glob.glob(os.path.join(ROOT, "kernel", "target", "lib", "jjava-jupyter-*.jar"))
    assert jars, "kernel/target/lib has no jjava-jupyter jar: build with mvn package first"
    return jars[0]


def build_jar(workdir, name, sources, services=None):
    """Compiles the given {relative path: Java source} into name.jar with optional META-INF/services entries."""
    src = workdir / (name + "-src")
    classes = workdir / (name + "-classes")
    for rel, code in sources.items():
        path = src / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code))
    classes.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in src.rglob("*.java")]
    subprocess.run(["javac", "--release", "17", "-cp", _jjava_jar(), "-d", str(classes)] + files, check=True)
    for service, impl in (services or {}).items():
        svc = classes / "META-INF" / "services"
        svc.mkdir(parents=True, exist_ok=True)
        (svc / service).write_text(impl + "\n")
    jar = workdir / (name + ".jar")
    subprocess.run(["jar", "cf", str(jar), "-C", str(classes), "."], check=True)
    return jar


EXTENSION = "org.dflib.jjava.jupyter.Extension"


@pytest.fixture(scope="module")
def extension_jars(tmp_path_factory):
    work = tmp_path_factory.mktemp("extensions")
    good = build_jar(work, "hello-extension", {
        "demo/HelloExtension.java": """
            package demo;
            import org.dflib.jjava.jupyter.Extension;
            import org.dflib.jjava.jupyter.kernel.BaseKernel;
            public class HelloExtension implements Extension {
                public void install(BaseKernel kernel) {
                    kernel.getMagicsRegistry().registerLineMagic("hello",
                        (k, args) -> "hello " + String.join(" ", args));
                }
            }""",
        "demo/Greeter.java": """
            package demo;
            public class Greeter { public static String greet(String who) { return "hi " + who; } }""",
    }, {EXTENSION: "demo.HelloExtension"})
    broken = build_jar(work, "broken-extension", {
        "demo/BrokenExtension.java": """
            package demo;
            import org.dflib.jjava.jupyter.Extension;
            import org.dflib.jjava.jupyter.kernel.BaseKernel;
            public class BrokenExtension implements Extension {
                public void install(BaseKernel kernel) { throw new IllegalStateException("broken on purpose"); }
            }""",
    }, {EXTENSION: "demo.BrokenExtension\ndemo.MissingExtension"})
    return good, broken


def test_extensions_on_the_kernel_classpath_install_at_start_and_a_broken_one_is_skipped(
        extension_jars, install_easel, tmp_path, monkeypatch):
    prefix = str(tmp_path / "prefix")
    spec_dir = install_easel(prefix)
    for jar in extension_jars:
        shutil.copy(jar, os.path.join(spec_dir, "lib", "kernel"))
    monkeypatch.setenv("JUPYTER_PATH", os.path.join(prefix, "share", "jupyter"))
    k = start_kernel()
    try:
        assert k.run("%hello world").value == "hello world"
        # the kernel's own class path is the kernel's: cells get libraries through %classpath or %maven
        hidden = k.run('Class.forName("demo.Greeter")', allow_error=True)
        assert hidden.status == "error" and "ClassNotFoundException" in hidden.error["ename"], hidden
        assert k.run("1 + 1").value == "2"
    finally:
        stop_kernel(k)


def test_classpath_magic_adds_jars_with_globs_and_installs_their_extensions(kernel, extension_jars, tmp_path):
    good, _ = extension_jars
    libs = tmp_path / "libs"
    libs.mkdir()
    shutil.copy(good, libs)
    r = kernel.run("%hello x", allow_error=True)
    assert r.error["ename"] == "UnknownMagic"
    r = kernel.run("%classpath " + str(libs) + "/*.jar")
    assert "Added 1 entry" in r.stdout and "hello-extension.jar" in r.stdout
    assert kernel.run('demo.Greeter.greet("cell")').value == "hi cell"
    assert kernel.run("%hello again").value == "hello again"
    # adding the same jar again (here through %jars) changes nothing
    r = kernel.run("%jars " + str(libs / "hello-extension.jar"))
    assert "Added 0 entries" in r.stdout
    r = kernel.run("%classpath")
    assert str(libs / "hello-extension.jar") in r.stdout


def test_classpath_magic_errors_are_clear(kernel, tmp_path):
    r = kernel.run("%classpath " + str(tmp_path) + "/nothing-*.jar", allow_error=True)
    assert r.error["ename"] == "MagicError"
    assert "No file or folder matches" in r.error["evalue"]
    text = tmp_path / "notes.txt"
    text.write_text("not a jar")
    r = kernel.run("%classpath " + str(text), allow_error=True)
    assert "neither a jar nor a folder" in r.error["evalue"]
    assert kernel.run("2 * 21").value == "42"
