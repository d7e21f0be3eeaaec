package io.easel.renderer;

import io.easel.plot.Figure;
import io.easel.protocol.ColumnFiles;
import io.easel.protocol.JsonLimits;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.RenderRequest;
import io.easel.renderer.engine.RenderLimits;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The renderer's command line. The signing key is deliberately not among the options: arguments are
 * visible to every local user through ps.
 *
 * <p>Read by hand, unlike every magic and the batch export command, which use picocli: this runs at each renderer
 * start, on the way to the kernel's first figure, and picocli's first parse costs about 0.2 s of CPU there (0.81 s
 * of CPU to the handshake without it, 1.03 s with it; median of 8 starts at a load average of about 20). The
 * options are few, and written by {@code RendererLauncher} rather than by people.
 */
record RendererOptions(OptionalLong parentPid, KeySource keySource, int workers, long defaultTimeoutMillis,
                       int maxQueued, JsonLimits jsonLimits, long maxFrameBytes, RenderLimits renderLimits,
                       boolean watchStdin, boolean warmup, Path columnDir, boolean help) {

    enum KeySource { AUTO, STDIN, ENV }

    static final String USAGE = """
            Usage: java -cp <renderer classpath> io.easel.renderer.RendererMain [options]
            The keys (signing key, the renderer's CURVE key pair, the manager's CURVE public key) come
            as one line from stdin, or from the environment variable EASEL_RENDERER_KEY, as the
            renderer manager writes it.
              --parent-pid N         exit when process N exits
              --key-from auto|stdin|env   where the key comes from (default auto: env if set, else stdin)
              --workers N            renders run at once (default: 2 to 4, by CPU count)
              --timeout-ms N         render timeout when a request names none (default %d)
              --max-queued N         requests allowed to wait for a worker (default 256)
              --max-json-bytes N     largest spec JSON accepted (default 64 MiB)
              --max-depth N          deepest spec nesting accepted (default %d)
              --max-pixels N         largest raster output in pixels (default engine limit)
              --max-frame-bytes N    largest message piece either way (default 64 MiB, at most 512 MiB)
              --no-stdin-watch       keep running when stdin reaches end of file
              --no-warmup            skip the warm-up render after start
              --column-dir DIR       the manager's private directory of big requests' columns (none: frames only)
              --help                 print this text""".formatted(RenderRequest.DEFAULT_TIMEOUT.toMillis(),
            JsonLimits.DEFAULT_MAX_DEPTH);

    static RendererOptions parse(String[] args) {
        OptionalLong parentPid = OptionalLong.empty();
        KeySource keySource = KeySource.AUTO;
        int workers = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        long timeout = RenderRequest.DEFAULT_TIMEOUT.toMillis();
        int maxQueued = 256;
        long maxJson = JsonLimits.DEFAULT_MAX_JSON_BYTES;
        int maxDepth = JsonLimits.DEFAULT_MAX_DEPTH;
        long maxPixels = RenderLimits.DEFAULT_MAX_PIXELS;
        long maxFrame = MessageCodec.DEFAULT_MAX_FRAME_BYTES;
        boolean watchStdin = true;
        boolean warmup = true;
        boolean help = false;
        Path columnDir = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--no-stdin-watch" -> watchStdin = false;
                case "--no-warmup" -> warmup = false;
                case "--parent-pid", "--key-from", "--workers", "--timeout-ms", "--max-queued", "--max-json-bytes",
                        "--max-depth", "--max-pixels", "--max-frame-bytes", "--column-dir" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("Option " + name + " needs a value.");
                        }
                        value = args[++i];
                    }
                    switch (name) {
                        case "--parent-pid" -> parentPid = OptionalLong.of(positive(name, value));
                        case "--key-from" -> keySource = keySource(value);
                        case "--workers" -> workers = (int) Math.min(64, positive(name, value));
                        case "--timeout-ms" -> timeout = positive(name, value);
                        case "--max-queued" -> maxQueued = (int) Math.min(100_000, positive(name, value));
                        case "--max-json-bytes" -> maxJson = positive(name, value);
                        case "--max-depth" -> maxDepth = (int) Math.min(10_000, positive(name, value));
                        case "--max-frame-bytes" -> maxFrame = Math.min(MessageCodec.MAX_FRAME_BYTES, positive(name, value));
                        case "--column-dir" -> columnDir = directory(name, value);
                        default -> maxPixels = positive(name, value);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.");
            }
        }
        return new RendererOptions(parentPid, keySource, workers, timeout, maxQueued,
                new JsonLimits(maxJson, maxDepth), maxFrame,
                new RenderLimits(maxPixels, Figure.MAX_SIZE), watchStdin, warmup, columnDir, help);
    }

    /** The manager's column directory, or null when it gave none (then every column comes as a frame). */
    ColumnFiles columnFiles() {
        return columnDir == null ? null : new ColumnFiles(columnDir);
    }

    private static Path directory(String name, String value) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("Option " + name + " needs an existing directory, got '" + value + "'.");
        }
        return path;
    }

    private static long positive(String name, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Option " + name + " needs a positive whole number, got '" + value + "'.");
    }

    private static KeySource keySource(String value) {
        return switch (value) {
            case "auto" -> KeySource.AUTO;
            case "stdin" -> KeySource.STDIN;
            case "env" -> KeySource.ENV;
            default -> throw new IllegalArgumentException("--key-from takes auto, stdin or env, got '" + value + "'.");
        };
    }
}
