package io.easel.kernel.maven;

import org.eclipse.aether.artifact.Artifact;

import java.nio.file.Path;

/** An artifact the resolver found, with its file in the local repository. */
public record ResolvedArtifact(String groupId, String artifactId, String extension, String classifier, String version,
                               Path file) {

    static ResolvedArtifact of(Artifact artifact) {
        return new ResolvedArtifact(artifact.getGroupId(), artifact.getArtifactId(), artifact.getExtension(),
                artifact.getClassifier(), artifact.getBaseVersion(), artifact.getFile().toPath());
    }

    /** The artifact without its version: two versions of one key cannot live in one class loader. */
    public String key() {
        return groupId + ":" + artifactId + ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    public boolean isJar() {
        return file.getFileName().toString().endsWith(".jar");
    }

    /** group:artifact:version (with type and classifier when they are not a plain jar). */
    public String coordinates() {
        String middle = "jar".equals(extension) && classifier.isEmpty() ? ""
                : ":" + extension + (classifier.isEmpty() ? "" : ":" + classifier);
        return groupId + ":" + artifactId + middle + ":" + version;
    }

    @Override
    public String toString() {
        return coordinates();
    }
}
