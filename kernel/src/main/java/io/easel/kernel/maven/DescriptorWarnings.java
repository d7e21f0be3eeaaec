package io.easel.kernel.maven;

import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.RepositoryEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Maven carries on when a dependency's POM is missing or broken, dropping that dependency's own dependencies. In a
 * notebook that silently leads to a NoClassDefFoundError later, so the cell is told. The notes are kept until the
 * request has succeeded: when it fails, the error says all there is to say.
 */
final class DescriptorWarnings extends AbstractRepositoryListener {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void artifactDescriptorInvalid(RepositoryEvent event) {
        if (!ArtifactResolver.isCellArtifact(event.getArtifact())) {
            add("Warning: the POM of " + MavenCoordinates.describe(event.getArtifact()) + " is invalid ("
                    + firstLine(event.getException()) + "); its own dependencies are not added.");
        }
    }

    @Override
    public void artifactDescriptorMissing(RepositoryEvent event) {
        if (!ArtifactResolver.isCellArtifact(event.getArtifact())) {
            add("Warning: " + MavenCoordinates.describe(event.getArtifact())
                    + " has no POM; its own dependencies, if any, are not added.");
        }
    }

    /** Resolver threads report concurrently. */
    private synchronized void add(String line) {
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t != null && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t == null || t.getMessage() == null ? "unreadable" : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
