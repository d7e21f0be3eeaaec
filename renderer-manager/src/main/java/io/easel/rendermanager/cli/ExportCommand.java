package io.easel.rendermanager.cli;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.plot.spi.RenderedImage;
import io.easel.protocol.Json;
import io.easel.protocol.ProtocolException;
import io.easel.rendermanager.RenderFailedException;
import io.easel.rendermanager.RendererManager;
import io.easel.rendermanager.RendererSettings;
import io.easel.rendermanager.RendererSettingsLoader;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;

/**
 * Batch export outside notebooks: Lets-Plot raw spec files in, image files out, every figure through one
 * warm renderer (the job Plotly's Orca command line did). Its options: {@link ExportArguments.Words}.
 */
public final class ExportCommand {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE_ERROR = 2;
    private static final int MAX_IN_FLIGHT = 8;

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ExportCommand(System.out, System.err).run(args));
    }

    int run(String[] args) {
        ExportArguments options;
        RendererSettings settings;
        try {
            options = ExportArguments.parse(args);
            if (options.help()) {
                out.println(ExportArguments.usage());
                return OK;
            }
            settings = settings(options);
        } catch (ParameterException | IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.println("Run with --help for the options.");
            return USAGE_ERROR;
        }
        try (RendererManager manager = new RendererManager(settings)) {
            return exportAll(manager, options);
        }
    }

    private static RendererSettings settings(ExportArguments options) {
        RendererSettings.Builder settings = RendererSettingsLoader.fromEnvironment().toBuilder()
                .prestart(false).warmup(false);
        if (options.rendererClasspath() != null) {
            settings.classpath(options.rendererClasspath());
        }
        if (options.timeoutSeconds() > 0) {
            settings.requestTimeout(Duration.ofMillis(Math.round(options.timeoutSeconds() * 1000)));
        }
        RendererSettings built = settings.build();
        if (built.classpath() == null || built.classpath().isBlank()) {
            throw new IllegalArgumentException("The renderer's classpath is not set. Pass --renderer-classpath "
                    + "'/path/to/easel/renderer/target/dist/*', or set EASEL_RENDERER_CLASSPATH (or the system property "
                    + "easel.renderer.classpath) to it; `mvn -pl renderer package` builds that folder.");
        }
        return built;
    }

    private int exportAll(RendererManager manager, ExportArguments options) {
        if (!options.outIsFile()) {
            try {
                Files.createDirectories(options.out());
            } catch (IOException e) {
                err.println("export: cannot create the output folder " + options.out() + ": " + e.getMessage());
                return USAGE_ERROR;
            }
        }
        manager.prestart();
        Json json = Json.withDefaults();
        List<OutputRequest> outputs = options.formats().stream()
                .map(f -> OutputRequest.atRasterScale(f, options.scale())).toList();
        Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
        List<CompletableFuture<Boolean>> jobs = new ArrayList<>();
        for (Path spec : options.specs()) {
            Map<String, Object> figure;
            SpecSize size;
            try {
                figure = readSpec(spec, json);
                size = SpecSize.of(figure, options.width(), options.height());
            } catch (IOException | ProtocolException | IllegalArgumentException e) {
                err.println(spec + ": cannot read the spec: " + e.getMessage());
                jobs.add(CompletableFuture.completedFuture(false));
                continue;
            }
            slots.acquireUninterruptibly();
            long start = System.nanoTime();
            jobs.add(manager.render(figure, size.width(), size.height(), outputs)
                    .handle((images, error) -> {
                        slots.release();
                        return error == null ? write(spec, images, options, start) : report(spec, error);
                    }));
        }
        long failed = jobs.stream().map(CompletableFuture::join).filter(ok -> !ok).count();
        if (failed > 0) {
            err.println(failed + " of " + options.specs().size() + " figure(s) failed. Renderer log: " + manager.logFile());
            return SOME_FAILED;
        }
        return OK;
    }

    private static Map<String, Object> readSpec(Path spec, Json json) throws IOException, ProtocolException {
        byte[] bytes = spec.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(spec);
        return json.readObject(bytes, "spec in " + spec);
    }

    private boolean write(Path spec, List<RenderedImage> images, ExportArguments options, long startNanos) {
        boolean ok = true;
        for (RenderedImage image : images) {
            Path target = target(spec, image.format(), options);
            try {
                Path temporary = target.resolveSibling(target.getFileName() + ".part");
                Files.write(temporary, image.bytes());
                Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                synchronized (out) {
                    out.printf(Locale.ROOT, "wrote %s (%dx%d, %d bytes, %d ms)%n", target, image.pixelWidth(),
                            image.pixelHeight(), image.bytes().length, (System.nanoTime() - startNanos) / 1_000_000);
                }
            } catch (IOException e) {
                err.println(spec + ": cannot write " + target + ": " + e.getMessage());
                ok = false;
            }
        }
        return ok;
    }

    private boolean report(Path spec, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String type = cause instanceof RenderFailedException r ? r.kind().label() : "error";
        synchronized (err) {
            err.println(spec + ": " + type + ": " + cause.getMessage());
        }
        return false;
    }

    private static Path target(Path spec, Format format, ExportArguments options) {
        if (options.outIsFile()) {
            return options.out();
        }
        String name = spec.toString().equals("-") ? "stdin" : spec.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return options.out().resolve(stem + "." + format.extension());
    }
}
