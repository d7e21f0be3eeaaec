package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Another process's resident memory, read from /proc so it works even while that process is hung. */
final class ProcessRss {
    private ProcessRss() {
    }

    static long of(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
