package io.easel.rendermanager.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ExportCommandTest {
    private static final String LINE = """
            {"kind": "plot",
             "data": {"x": [1, 2, 3, 4], "y": [1, 4, 9, 16]},
             "mapping": {"x": "x", "y": "y"},
             "ggtitle": {"text": "Squares"},
             "layers": [{"geom": "line"}]}""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void manySpecsInSeveralFormatsInOneRun(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), LINE);
        Path b = Files.writeString(dir.resolve("b.json"), LINE.replace("Squares", "Other"));
        Path outDir = dir.resolve("out");
        int status = run("--width", "400", "--height", "300", "--scale", "2", "-f", "png,svg,pdf",
                "-o", outDir.toString(), a.toString(), b.toString());
        assertEquals(ExportCommand.OK, status, errText());
        for (String stem : new String[]{"a", "b"}) {
            BufferedImage png = ImageIO.read(outDir.resolve(stem + ".png").toFile());
            assertEquals(800, png.getWidth());
            assertEquals(600, png.getHeight());
            assertTrue(Files.readString(outDir.resolve(stem + ".svg")).contains("<svg"));
            assertTrue(new String(Files.readAllBytes(outDir.resolve(stem + ".pdf")), 0, 5, StandardCharsets.US_ASCII)
                    .startsWith("%PDF-"));
        }
        assertEquals(6, out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("wrote ")).count());
    }

    @Test
    void integerBreaksAndAnObjectGeomRenderAsPythonWritesThem(@TempDir Path dir) throws Exception {
        // Lets-Plot on the JVM rejects whole-number breaks on a continuous scale; the renderer turns them into doubles
        Path spec = Files.writeString(dir.resolve("breaks.json"), LINE.replace("\"layers\": [{\"geom\": \"line\"}]",
                "\"layers\": [{\"geom\": \"line\"}, {\"geom\": {\"name\": \"vline\", \"xintercept\": 2}}],"
                        + " \"scales\": [{\"aesthetic\": \"y\", \"breaks\": [1, 5, 10, 15]}]"));
        Path target = dir.resolve("breaks.svg");
        assertEquals(ExportCommand.OK, run("-o", target.toString(), spec.toString()), errText());
        String svg = Files.readString(target).replaceAll("\\s+", " ");
        for (String tick : new String[]{"1.0", "5.0", "10.0", "15.0"}) {
            assertTrue(svg.contains("\"axis-text-y\" text-anchor=\"end\" dy=\"0.35em\"> " + tick + " </text>"),
                    "tick label " + tick + " missing");
        }
        assertEquals(4, svg.split("class=\"axis-text-y\"", -1).length - 1, "exactly the four breaks asked for");
    }

    @Test
    void outputFileNamePicksTheFormat(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("fig.json"), LINE);
        Path target = dir.resolve("picture.jpg");
        assertEquals(ExportCommand.OK, run("-o", target.toString(), spec.toString()), errText());
        BufferedImage jpeg = ImageIO.read(target.toFile());
        assertEquals(600, jpeg.getWidth(), "default size without ggsize or --width");
    }

    @Test
    void aBadSpecFailsAloneWithItsReason(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), LINE);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"kind\": \"plot\", \"layers\": [{\"geom\": \"nope\"}]}");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{not json");
        int status = run("-o", dir.resolve("out").toString(), good.toString(), bad.toString(), broken.toString());
        assertEquals(ExportCommand.SOME_FAILED, status);
        assertTrue(Files.exists(dir.resolve("out").resolve("good.png")));
        assertTrue(errText().contains("bad.json: bad_spec:") && errText().contains("nope"), errText());
        assertTrue(errText().contains("broken.json: cannot read the spec"), errText());
        assertTrue(errText().contains("2 of 3 figure(s) failed"), errText());
    }

    @Test
    void usageMistakesExitWithTwoAndSayWhy(@TempDir Path dir) {
        assertEquals(ExportCommand.USAGE_ERROR, run());
        assertTrue(errText().contains("Name at least one spec file"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("-f", "bmp", "a.json"));
        assertTrue(errText().contains("Unknown figure format 'bmp'"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("-o", dir.resolve("x.png").toString(), "a.json", "b.json"));
        assertTrue(errText().contains("give a folder instead"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("--width", "wide", "a.json"));
        assertTrue(errText().contains("Invalid value for option '--width': 'wide' is not a double"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("--scale", "0", "a.json"));
        assertTrue(errText().contains("Option --scale needs a number above 0"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("--fromat", "png", "a.json"));
        assertTrue(errText().contains("export: Unknown option: '--fromat'"), errText());
        err.reset();
        assertEquals(ExportCommand.USAGE_ERROR, run("a.json", "--out"));
        assertTrue(errText().contains("Missing required parameter for option '--out' (PATH)"), errText());
    }

    @Test
    void missingRendererClasspathIsAUsageError(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("fig.json"), LINE);
        String saved = System.getProperty("easel.renderer.classpath");
        System.clearProperty("easel.renderer.classpath");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("EASEL_RENDERER_CLASSPATH") == null,
                    "EASEL_RENDERER_CLASSPATH is set in this environment");
            assertEquals(ExportCommand.USAGE_ERROR, run(spec.toString()));
            assertTrue(errText().contains("--renderer-classpath"), errText());
            err.reset();
            assertEquals(ExportCommand.OK, run("--renderer-classpath", saved, "-o", dir.toString(), spec.toString()),
                    errText());
            assertTrue(Files.exists(dir.resolve("fig.png")));
        } finally {
            System.setProperty("easel.renderer.classpath", saved);
        }
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(ExportCommand.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: java -cp 'renderer-manager/target/dist/*' io.easel.rendermanager.cli."
                + "ExportCommand"), help);
        assertTrue(help.contains("--renderer-classpath=CP") && help.contains("Exit status: 0"), help);
    }
}
