package io.easel.kernel;

/**
 * The kernel logs to the stderr it was started with (Jupyter's terminal), never into a cell: cells get their own
 * System.err while they run, so the logger must keep the original stream.
 */
final class KernelLogging {

    private KernelLogging() {
    }

    static void configure() {
        setDefault("org.slf4j.simpleLogger.cacheOutputStream", "true");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", envOr("EASEL_LOG_LEVEL", "warn"));
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setDefault("org.slf4j.simpleLogger.log.io.easel", envOr("EASEL_LOG_LEVEL", "info"));
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
