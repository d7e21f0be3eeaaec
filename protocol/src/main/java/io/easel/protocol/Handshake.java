package io.easel.protocol;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a renderer prints on stdout once it listens:
 * {@code EASEL-RENDERER READY port=NNNNN pid=NNN protocol=1}.
 */
public record Handshake(int port, long pid, int protocol) {
    public static final String PREFIX = "EASEL-RENDERER READY";
    private static final Pattern LINE = Pattern.compile(
            "^" + Pattern.quote(PREFIX) + " port=(\\d{1,5}) pid=(\\d+) protocol=(\\d+)\\s*$");

    public String line() {
        return PREFIX + " port=" + port + " pid=" + pid + " protocol=" + protocol;
    }

    public static Optional<Handshake> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(m.group(1));
        if (port < 1 || port > 65535) {
            return Optional.empty();
        }
        return Optional.of(new Handshake(port, Long.parseLong(m.group(2)), Integer.parseInt(m.group(3))));
    }
}
