package io.easel.rendermanager;

import java.io.IOException;
import java.nio.file.Path;

import io.easel.protocol.ColumnFiles;

/**
 * The manager's private directory for big requests' columns ({@link ColumnFiles}): made (0700, in the system's
 * temporary directory) when the first renderer is launched, given to every renderer launched after
 * ({@code --column-dir}), emptied and removed when the manager closes (and, should its process die first, by the next
 * manager's sweep). Requests send their columns as frames until a
 * renderer holds the directory, and always when it could not be made.
 */
final class ColumnDirectory {
    private volatile ColumnFiles files;
    private boolean failed;

    /** The directory to give a renderer being launched, made now if need be; null when it cannot be made. */
    synchronized Path forLaunch() {
        if (files == null && !failed) {
            ColumnFiles.sweepAbandoned();
            try {
                files = ColumnFiles.inNewPrivateDirectory();
            } catch (IOException | UnsupportedOperationException e) {
                failed = true; // columns keep travelling as frames: slower for big figures, nothing else
                System.err.println("easel: no private column directory (" + e + "); big figures' columns go through"
                        + " the socket.");
            }
        }
        return files == null ? null : files.directory();
    }

    /** What requests write big columns into: null until a renderer was launched with the directory. */
    ColumnFiles forRequests() {
        return files;
    }

    synchronized void close() {
        if (files != null) {
            files.deleteAll();
            files = null;
        }
    }
}
