package io.easel.kernel.maven;

/**
 * A resolved artifact left out because another version of it is already loaded: one of Easel's API jars, which cells
 * share with the kernel, or an artifact an earlier %maven added. A class loader holds one version of a class; mixing
 * two would break in ways far from their cause.
 *
 * @param kernelOwned true when the version present is Easel's own API jar
 */
public record VersionConflict(ResolvedArtifact requested, String presentVersion, boolean kernelOwned) {

    /** The line shown in the cell. */
    public String describe() {
        String coordinates = requested.groupId() + ":" + requested.artifactId() + ":" + requested.version();
        if (kernelOwned) {
            return coordinates + " requested, but it is part of Easel's own API, which cells share with the kernel; "
                    + presentVersion + " is used";
        }
        return coordinates + " requested, this session already has " + presentVersion + " from an earlier %maven; "
                + presentVersion + " is used (restart the kernel to switch versions)";
    }
}
