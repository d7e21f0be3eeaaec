package io.easel.rendermanager;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last lines the renderer wrote to stderr, quoted in crash reports. */
final class StderrTail {
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    StderrTail(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line.length() > 500 ? line.substring(0, 500) + " ..." : line);
    }

    synchronized List<String> last(int n) {
        List<String> all = new ArrayList<>(lines);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    synchronized boolean contains(String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }
}
