package io.easel.renderer;

import io.easel.plot.Figure;
import io.easel.protocol.JsonLimits;
import io.easel.protocol.MessageCodec;
import io.easel.protocol.RenderRequest;
import io.easel.renderer.engine.RenderLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The renderer's command line. The signing key is deliberately not among the options: arguments are
 * visible to every local user through ps.
 */
record RendererOptions(OptionalLong parentPid, KeySource keySource, int workers, long defaultTimeoutMillis,
                       int maxQueued, JsonLimits jsonLimits, long maxFrameBytes, RenderLimits renderLimits,
                       boolean watchStdin, boolean warmup, boolean help) {

    enum KeySource { AUTO, STDIN, ENV }

    /**
     * The options in {@code args}.
     *
     * @throws ParameterException for an unknown option, a missing or bad value, in picocli's words
     */
    static RendererOptions parse(String[] args) {
        Words w = new Words();
        new CommandLine(w).setOverwrittenOptionsAllowed(true).parseArgs(args);
        return new RendererOptions(w.parentPid == 0 ? OptionalLong.empty() : OptionalLong.of(w.parentPid), w.keySource,
                (int) Math.min(64, w.workers), w.timeoutMillis, (int) Math.min(100_000, w.maxQueued),
                new JsonLimits(w.maxJsonBytes, (int) Math.min(10_000, w.maxDepth)),
                Math.min(MessageCodec.MAX_FRAME_BYTES, w.maxFrameBytes), new RenderLimits(w.maxPixels, Figure.MAX_SIZE),
                !w.noStdinWatch, !w.noWarmup, w.help);
    }

    /** The --help text, which also follows a usage mistake. */
    static String usage() {
        return new CommandLine(new Words()).getUsageMessage().stripTrailing();
    }

    @Command(name = "java -cp <renderer classpath> io.easel.renderer.RendererMain", sortOptions = false,
            usageHelpWidth = 110, description = {"The signing key comes from the first line of stdin, or from the"
            + " environment variable EASEL_RENDERER_KEY (hexadecimal, as the renderer manager writes it)."})
    static final class Words {
        @Option(names = "--parent-pid", paramLabel = "N", converter = Positive.class,
                description = "exit when process N exits")
        long parentPid;

        @Option(names = "--key-from", paramLabel = "auto|stdin|env", converter = KeySourceName.class,
                description = "where the key comes from (default auto: env if set, else stdin)")
        KeySource keySource = KeySource.AUTO;

        @Option(names = "--workers", paramLabel = "N", converter = Positive.class,
                description = "renders run at once, at most 64 (default: 2 to 4, by CPU count)")
        long workers = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

        @Option(names = "--timeout-ms", paramLabel = "N", converter = Positive.class,
                description = "render timeout when a request names none (default ${DEFAULT-VALUE})")
        long timeoutMillis = RenderRequest.DEFAULT_TIMEOUT.toMillis();

        @Option(names = "--max-queued", paramLabel = "N", converter = Positive.class,
                description = "requests allowed to wait for a worker (default ${DEFAULT-VALUE})")
        long maxQueued = 256;

        @Option(names = "--max-json-bytes", paramLabel = "N", converter = Positive.class,
                description = "largest spec JSON accepted (default 64 MiB)")
        long maxJsonBytes = JsonLimits.DEFAULT_MAX_JSON_BYTES;

        @Option(names = "--max-depth", paramLabel = "N", converter = Positive.class,
                description = "deepest spec nesting accepted (default ${DEFAULT-VALUE})")
        long maxDepth = JsonLimits.DEFAULT_MAX_DEPTH;

        @Option(names = "--max-pixels", paramLabel = "N", converter = Positive.class,
                description = "largest raster output in pixels (default ${DEFAULT-VALUE})")
        long maxPixels = RenderLimits.DEFAULT_MAX_PIXELS;

        @Option(names = "--max-frame-bytes", paramLabel = "N", converter = Positive.class,
                description = "largest single message frame either way (default 64 MiB, at most 512 MiB)")
        long maxFrameBytes = MessageCodec.DEFAULT_MAX_FRAME_BYTES;

        @Option(names = "--no-stdin-watch", description = "keep running when stdin reaches end of file")
        boolean noStdinWatch;

        @Option(names = "--no-warmup", description = "skip the warm-up render after start")
        boolean noWarmup;

        @Option(names = {"--help", "-h"}, usageHelp = true, description = "print this text")
        boolean help;
    }

    static final class Positive implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new TypeConversionException("needs a positive whole number, got '" + value + "'");
        }
    }

    static final class KeySourceName implements ITypeConverter<KeySource> {
        @Override
        public KeySource convert(String value) {
            try {
                return KeySource.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("takes auto, stdin or env, got '" + value + "'");
            }
        }
    }
}
