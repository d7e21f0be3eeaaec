package io.easel.kernel.maven;

import org.eclipse.aether.transfer.AbstractTransferListener;
import org.eclipse.aether.transfer.TransferEvent;
import org.eclipse.aether.transfer.TransferResource;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One line per file downloaded, printed while the cell runs. The stream is looked up at each event because the
 * kernel swaps System.out for every cell and the resolver downloads on threads of its own.
 */
final class DownloadProgress extends AbstractTransferListener {

    private final Supplier<PrintStream> out;

    DownloadProgress(Supplier<PrintStream> out) {
        this.out = out;
    }

    static DownloadProgress toSystemOut() {
        return new DownloadProgress(() -> System.out);
    }

    @Override
    public void transferSucceeded(TransferEvent event) {
        TransferResource resource = event.getResource();
        if (event.getRequestType() == TransferEvent.RequestType.PUT || isBookkeeping(resource.getResourceName())) {
            return;
        }
        String name = resource.getResourceName();
        String file = name.substring(name.lastIndexOf('/') + 1);
        out.get().println("Downloaded " + file + " (" + size(event.getTransferredBytes()) + ") from "
                + resource.getRepositoryId());
    }

    /** Checksums and metadata come with every artifact; listing them would only bury the artifacts. */
    private static boolean isBookkeeping(String name) {
        return name.endsWith(".sha1") || name.endsWith(".md5") || name.endsWith(".sha256") || name.endsWith(".sha512")
                || name.endsWith(".asc") || name.endsWith("maven-metadata.xml");
    }

    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
