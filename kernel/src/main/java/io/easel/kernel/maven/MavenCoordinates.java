package io.easel.kernel.maven;

import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;

/** Reads the coordinates a user writes after %maven into resolver artifacts. */
public final class MavenCoordinates {

    static final String FORMS = "group:artifact:version, group:artifact:type:version or group:artifact:type:classifier:version";

    private MavenCoordinates() {
    }

    public static Artifact parse(String text) throws MavenException {
        String trimmed = text.trim();
        String[] parts = trimmed.split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw invalid(text, parts.length < 3 ? "it has " + parts.length + " part" + (parts.length == 1 ? "" : "s")
                    + ", at least group, artifact and version are needed" : "it has too many parts");
        }
        for (int i = 0; i < parts.length; i++) {
            boolean optionalClassifier = parts.length == 5 && i == 3;
            if (parts[i].isEmpty() && !optionalClassifier) {
                throw invalid(text, "part " + (i + 1) + " is empty");
            }
            if (parts[i].chars().anyMatch(Character::isWhitespace)) {
                throw invalid(text, "part " + (i + 1) + " contains a blank");
            }
        }
        try {
            return new DefaultArtifact(trimmed);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
    }

    /** group:artifact:version, with type and classifier only when they are not the plain jar. */
    public static String describe(Artifact artifact) {
        StringBuilder s = new StringBuilder(artifact.getGroupId()).append(':').append(artifact.getArtifactId());
        boolean plainJar = "jar".equals(artifact.getExtension()) && artifact.getClassifier().isEmpty();
        if (!plainJar) {
            s.append(':').append(artifact.getExtension());
            if (!artifact.getClassifier().isEmpty()) {
                s.append(':').append(artifact.getClassifier());
            }
        }
        return s.append(':').append(artifact.getBaseVersion()).toString();
    }

    private static MavenException invalid(String text, String why) {
        return new MavenException("InvalidCoordinates", "'" + text + "' is not a Maven coordinate (" + why + "). Write "
                + FORMS + ", e.g. %maven org.apache.commons:commons-math3:3.6.1");
    }
}
