package io.easel.kernel.session;

import io.easel.kernel.session.JavaSession.EvalResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSessionTest {

    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private JavaSession session;

    @BeforeEach
    void start() {
        session = new JavaSession(SessionApi.of(getClass().getClassLoader()),
                new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private Object value(String code) throws CellError {
        EvalResult r = session.eval(code, SourceLocation.cell(1));
        assertTrue(r.hasValue(), "expected a value from: " + code);
        return r.value();
    }

    @Test
    void valuesAreTheRealObjects() throws CellError {
        session.eval("java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(\"a\"));", SourceLocation.cell(1));
        Object list = value("names");
        assertEquals(java.util.List.of("a"), list);
        value("names.add(\"b\")");
        assertSame(list, value("names"));
        assertEquals(2, ((java.util.List<?>) list).size());
    }

    @Test
    void onlyExpressionsShowValues() throws CellError {
        assertFalse(session.eval("int x = 3;", SourceLocation.cell(1)).hasValue());
        assertFalse(session.eval("x = 4;", SourceLocation.cell(2)).hasValue());
        assertFalse(session.eval("void f() {}", SourceLocation.cell(3)).hasValue());
        assertFalse(session.eval("System.out.print(\"\");", SourceLocation.cell(4)).hasValue());
        assertEquals(8, value("x * 2"));
        EvalResult nothing = session.eval("String none = null;\nnone", SourceLocation.cell(5));
        assertTrue(nothing.hasValue());
        assertEquals(null, nothing.value());
    }

    @Test
    void cellsShareEaselsApiWithTheKernel() throws CellError {
        // one class, not a copy: a figure a cell builds is the class the display extension renders
        assertSame(io.easel.plot.Figure.class, value("io.easel.plot.Figure.class"));
        assertSame(io.easel.notebook.Notebook.class, value("io.easel.notebook.Notebook.class"));
        assertSame(session.classLoader(), value("Thread.currentThread().getContextClassLoader()"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.fasterxml.jackson.databind.ObjectMapper", "com.google.gson.Gson", "org.zeromq.ZMQ",
            "org.apache.commons.exec.CommandLine", "org.dflib.jjava.jupyter.kernel.BaseKernel",
            "io.easel.kernel.session.SourceLocation", "io.easel.rendermanager.RendererManager", "org.slf4j.Logger",
            "picocli.CommandLine"})
    void theKernelsOwnLibrariesAreInvisibleToCells(String kernelClass) throws Exception {
        // the kernel itself has them all
        assertNotNull(Class.forName(kernelClass, false, getClass().getClassLoader()));
        session.eval("String probe(String name) { try { Class.forName(name); return \"found\"; }"
                + " catch (ClassNotFoundException e) { return \"not found\"; } }", SourceLocation.cell(1));
        assertEquals("not found", value("probe(\"" + kernelClass + "\")"));
        CellError e = assertThrows(CellError.class, () -> session.eval(kernelClass + " x = null;", SourceLocation.cell(2)));
        assertEquals("CompileError", e.errorName());
        assertNull(value("Thread.currentThread().getContextClassLoader().getResource(\""
                + kernelClass.replace('.', '/') + ".class\")"));
    }

    @Test
    void compileErrorsPointAtTheLineAndColumn() {
        CellError e = assertThrows(CellError.class,
                () -> session.eval("int ok = 1;\n\n  String s = 42;", SourceLocation.cell(7)));
        assertEquals("CompileError", e.errorName());
        assertTrue(e.errorValue().contains("incompatible types"), e.errorValue());
        assertTrue(e.traceback().get(0).startsWith("Compile error at cell [7], line 3:"), e.traceback().get(0));
        assertEquals("      String s = 42;", e.traceback().get(1));
        assertEquals("                 ^", e.traceback().get(2));
    }

    @Test
    void runtimeErrorsKeepClassMessageAndUserFrames() throws CellError {
        session.eval("int divide(int a, int b) {\n  return a / b;\n}", SourceLocation.cell(1));
        CellError e = assertThrows(CellError.class,
                () -> session.eval("int before = 1;\ndivide(1, 0);", SourceLocation.cell(2)));
        assertEquals("java.lang.ArithmeticException", e.errorName());
        assertEquals("/ by zero", e.errorValue());
        assertEquals("java.lang.ArithmeticException: / by zero", e.traceback().get(0));
        assertEquals("    at divide() (cell [1], line 2)", e.traceback().get(1));
        assertEquals("    at <cell> (cell [2], line 2)", e.traceback().get(2));
        assertEquals(3, e.traceback().size());
    }

    @Test
    void evaluationStopsAtTheFirstFailure() throws CellError {
        session.eval("int step = 0;", SourceLocation.cell(1));
        assertThrows(CellError.class, () -> session.eval("step = 1;\nint broken = \"x\";\nstep = 2;", SourceLocation.cell(2)));
        assertEquals(1, value("step"));
    }

    @Test
    void partlyDefinedMethodsWarnAndFailClearlyWhenCalled() throws CellError {
        session.eval("int later() { return notYet + 1; }", SourceLocation.cell(1));
        assertTrue(warnings.toString(StandardCharsets.UTF_8).contains("notYet"), warnings.toString(StandardCharsets.UTF_8));
        CellError e = assertThrows(CellError.class, () -> session.eval("later()", SourceLocation.cell(2)));
        assertEquals("UnresolvedReference", e.errorName());
        assertTrue(e.errorValue().contains("notYet"), e.errorValue());
        session.eval("int notYet = 41;", SourceLocation.cell(3));
        assertEquals(42, value("later()"));
    }

    @Test
    void stopInterruptsABusyLoopAndTheSessionGoesOn() throws Exception {
        session.eval("int survived = 5;", SourceLocation.cell(1));
        CompletableFuture<CellError> running = CompletableFuture.supplyAsync(() -> {
            try {
                session.eval("while (true) { }", SourceLocation.cell(2));
                return null;
            } catch (CellError e) {
                return e;
            }
        });
        Thread.sleep(500);
        session.stop();
        CellError e = running.get(10, TimeUnit.SECONDS);
        assertEquals("Interrupted", e.errorName());
        assertEquals(5, value("survived"));
    }
}
