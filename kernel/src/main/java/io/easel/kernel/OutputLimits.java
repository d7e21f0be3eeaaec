package io.easel.kernel;

import java.util.Locale;
import java.util.Map;

/**
 * How much a cell may print. A print loop can produce gigabytes faster than any notebook can show them; past the
 * budget the rest is counted and dropped, with a notice, so the kernel's memory and the notebook file stay bounded.
 *
 * @param cellBudgetBytes   bytes of stdout plus stderr one cell may publish
 * @param maxMessageChars   characters in one stream message; more is sent as several
 */
record OutputLimits(long cellBudgetBytes, int maxMessageChars) {

    static final String BUDGET_VARIABLE = "EASEL_MAX_OUTPUT";
    static final long DEFAULT_BUDGET = 10L << 20;
    static final int DEFAULT_MAX_MESSAGE = 1 << 20;

    OutputLimits {
        if (cellBudgetBytes < 0 || maxMessageChars <= 0) {
            throw new IllegalArgumentException("output limits must be positive: " + cellBudgetBytes + ", " + maxMessageChars);
        }
    }

    static OutputLimits defaults() {
        return new OutputLimits(DEFAULT_BUDGET, DEFAULT_MAX_MESSAGE);
    }

    /**
     * {@value #BUDGET_VARIABLE} as bytes with an optional K, M or G ("50M"); unset means the default.
     *
     * @throws IllegalArgumentException naming the variable and a valid example
     */
    static OutputLimits fromEnvironment(Map<String, String> environment) {
        String text = environment.get(BUDGET_VARIABLE);
        if (text == null || text.isBlank()) {
            return defaults();
        }
        return new OutputLimits(parseBytes(text), DEFAULT_MAX_MESSAGE);
    }

    private static long parseBytes(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("B", "");
        long unit = 1;
        if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            long n = Long.parseLong(t);
            if (n < 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(BUDGET_VARIABLE + "='" + text + "' is not a size in bytes; write it"
                    + " like 10M, 500K or 1000000.");
        }
    }
}
