package io.easel.renderer;

import io.easel.protocol.RendererKeys;
import io.easel.protocol.SigningKey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Obtains the per-launch keys ({@link RendererKeys}) from the environment or from the first line of stdin. */
final class KeyReader {
    private static final int MAX_LINE = 4096;

    private KeyReader() {
    }

    static RendererKeys read(RendererOptions.KeySource source, Map<String, String> env, InputStream stdin)
            throws IOException {
        String fromEnv = env.get(SigningKey.ENV_VAR);
        boolean useEnv = source == RendererOptions.KeySource.ENV
                || (source == RendererOptions.KeySource.AUTO && fromEnv != null && !fromEnv.isBlank());
        if (useEnv) {
            if (fromEnv == null || fromEnv.isBlank()) {
                throw new IllegalArgumentException("--key-from env was given but " + SigningKey.ENV_VAR + " is not set.");
            }
            return RendererKeys.fromLine(fromEnv);
        }
        String line = firstLine(stdin);
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("No keys: stdin ended before a key line, and "
                    + SigningKey.ENV_VAR + " is not set. The renderer manager provides them; to run the renderer "
                    + "by hand, set " + SigningKey.ENV_VAR + " to a key line as RendererKeys.toLine() writes it.");
        }
        return RendererKeys.fromLine(line);
    }

    /** Reads byte by byte so nothing after the key line is consumed; stdin is watched for EOF afterwards. */
    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() >= MAX_LINE) {
                throw new IllegalArgumentException("The first line of stdin is longer than " + MAX_LINE
                        + " bytes; it should hold only the key line.");
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
