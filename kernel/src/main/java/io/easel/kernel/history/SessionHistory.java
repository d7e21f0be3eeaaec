package io.easel.kernel.history;

import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs (and text outputs) of this kernel session, for Jupyter's history requests. History lives as long as
 * the kernel: Jupyter front ends keep their own across restarts.
 */
public final class SessionHistory implements HistoryManager {

    private static final int SESSION = 1;

    private final List<HistoryEntry> entries = new ArrayList<>();

    public synchronized void record(int cellNumber, String input, String output) {
        entries.add(new HistoryEntry(SESSION, cellNumber, input, output == null ? "" : output));
    }

    @Override
    public synchronized List<HistoryEntry> lookupTail(int length, Set<ResultFlag> flags) {
        int from = Math.max(0, entries.size() - Math.max(0, length));
        return shape(entries.subList(from, entries.size()), flags);
    }

    @Override
    public synchronized List<HistoryEntry> lookupRange(int sessionOffset, int startCell, int endCell, Set<ResultFlag> flags) {
        // as in IPython: 0 is the current session, and so is its own number, which tail and search report
        if (sessionOffset != 0 && sessionOffset != SESSION) {
            return List.of();
        }
        List<HistoryEntry> picked = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (e.getCellNumber() >= startCell && (endCell <= 0 || e.getCellNumber() < endCell)) {
                picked.add(e);
            }
        }
        return shape(picked, flags);
    }

    @Override
    public synchronized List<HistoryEntry> search(String pattern, int length, Set<ResultFlag> flags) {
        Pattern glob = globToRegex(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<HistoryEntry> matched = new ArrayList<>();
        for (HistoryEntry e : entries) {
            if (glob.matcher(e.getInput()).matches()) {
                matched.add(e);
            }
        }
        if (flags.contains(ResultFlag.UNIQUE)) {
            Set<String> seen = new LinkedHashSet<>();
            List<HistoryEntry> unique = new ArrayList<>();
            for (int i = matched.size() - 1; i >= 0; i--) {
                if (seen.add(matched.get(i).getInput())) {
                    unique.add(0, matched.get(i));
                }
            }
            matched = unique;
        }
        int from = length > 0 ? Math.max(0, matched.size() - length) : 0;
        return shape(matched.subList(from, matched.size()), flags);
    }

    private static List<HistoryEntry> shape(List<HistoryEntry> picked, Set<ResultFlag> flags) {
        List<HistoryEntry> out = new ArrayList<>(picked.size());
        for (HistoryEntry e : picked) {
            out.add(flags.contains(ResultFlag.INCLUDE_OUTPUT) ? e
                    : new HistoryEntry(e.getSession(), e.getCellNumber(), e.getInput(), null));
        }
        return out;
    }

    /** sqlite GLOB syntax, which is what Jupyter's history search uses: *, ? and [...] classes. */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inClass = false;
        for (char c : glob.toCharArray()) {
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                }
                // inside a class Java regex treats [ and & as operators and \ as an escape; globs do not
                regex.append(c == '[' || c == '&' || c == '\\' ? "\\" + c : String.valueOf(c));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                inClass = true;
                regex.append('[');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
