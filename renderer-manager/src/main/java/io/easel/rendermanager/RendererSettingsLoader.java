package io.easel.rendermanager;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@link RendererSettings} from system properties, then environment variables, then the defaults. Each
 * setting's names are in {@link RendererSettings.Setting}; a value that does not parse is refused with both names
 * and an example, since the user typed it into a shell or a kernel spec far from any stack trace.
 */
public final class RendererSettingsLoader {
    private RendererSettingsLoader() {
    }

    /** Settings from this JVM's system properties and environment. */
    public static RendererSettings fromEnvironment() {
        return load(System.getProperties(), System.getenv());
    }

    /** @throws IllegalArgumentException naming the setting, its value and what is expected */
    public static RendererSettings load(Properties properties, Map<String, String> environment) {
        Lookup in = new Lookup(properties, environment);
        RendererSettings.Builder settings = RendererSettings.builder()
                .cacheDir(RendererSettings.defaultCacheDir(environment));
        in.text(RendererSettings.Setting.JAVA).map(Path::of).ifPresent(settings::javaBinary);
        in.text(RendererSettings.Setting.CLASSPATH).ifPresent(settings::classpath);
        in.text(RendererSettings.Setting.HEAP).ifPresent(settings::heap);
        in.text(RendererSettings.Setting.JVM_OPTIONS).map(s -> Arrays.asList(s.trim().split("\\s+")))
                .ifPresent(settings::jvmOptions);
        in.integer(RendererSettings.Setting.WORKERS).ifPresent(settings::workers);
        in.duration(RendererSettings.Setting.TIMEOUT).ifPresent(settings::requestTimeout);
        in.duration(RendererSettings.Setting.START_TIMEOUT).ifPresent(settings::startTimeout);
        in.duration(RendererSettings.Setting.IDLE_TIMEOUT).ifPresent(settings::idleTimeout);
        in.bool(RendererSettings.Setting.PRESTART).ifPresent(settings::prestart);
        in.bool(RendererSettings.Setting.WARMUP).ifPresent(settings::warmup);
        in.text(RendererSettings.Setting.LOG).map(Path::of).ifPresent(settings::logFile);
        in.bool(RendererSettings.Setting.CDS).ifPresent(settings::classDataSharing);
        in.text(RendererSettings.Setting.CACHE_DIR).map(Path::of).ifPresent(settings::cacheDir);
        in.integer(RendererSettings.Setting.RECYCLE_AFTER).ifPresent(settings::recycleAfterRenders);
        in.text(RendererSettings.Setting.RECYCLE_RSS)
                .map(v -> RendererSettings.parseSize(RendererSettings.Setting.RECYCLE_RSS, v))
                .ifPresent(settings::recycleRssBytes);
        return settings.build();
    }

    /** Parses "30", "30s", "500ms", "2m", "1h", ISO-8601 "PT30S", or "0"/"off" for zero. */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none") || t.equals("never")) {
            return Duration.ZERO;
        }
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            char unit = t.charAt(t.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            double amount = Double.parseDouble(t.substring(0, t.length() - 1).trim());
            long millis = switch (unit) {
                case 's' -> Math.round(amount * 1000);
                case 'm' -> Math.round(amount * 60_000);
                case 'h' -> Math.round(amount * 3_600_000);
                default -> throw new NumberFormatException("unit " + unit);
            };
            return Duration.ofMillis(millis);
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 30s, 500ms, 2m or 0 (off).");
        }
    }

    /** Reads one setting from a property or an environment variable and names both in any error. */
    private record Lookup(Properties properties, Map<String, String> environment) {
        Optional<String> text(RendererSettings.Setting s) {
            String value = properties.getProperty(s.property());
            if (value == null || value.isBlank()) {
                value = environment.get(s.environmentVariable());
            }
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        Optional<Integer> integer(RendererSettings.Setting s) {
            return text(s).map(v -> {
                try {
                    int n = Integer.parseInt(v);
                    if (n >= 0) {
                        return n;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                throw invalid(s, v, "a whole number such as 2");
            });
        }

        Optional<Duration> duration(RendererSettings.Setting s) {
            return text(s).map(v -> {
                try {
                    return parseDuration(v);
                } catch (IllegalArgumentException e) {
                    throw invalid(s, v, "a duration such as 30s, 500ms or 2m");
                }
            });
        }

        Optional<Boolean> bool(RendererSettings.Setting s) {
            return text(s).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw invalid(s, v, "true or false");
            });
        }

        private static IllegalArgumentException invalid(RendererSettings.Setting s, String value, String expected) {
            return new IllegalArgumentException("Renderer setting " + s.property() + " / " + s.environmentVariable()
                    + " is '" + value + "'; it must be " + expected + ".");
        }
    }
}
