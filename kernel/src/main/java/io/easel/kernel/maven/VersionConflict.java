package io.easel.kernel.maven;

/**
 * A resolved artifact left out because another version of it is already loaded, by the kernel itself or by an earlier
 * %maven. A class loader holds one version of a class; mixing two would break in ways far from their cause.
 */
public record VersionConflict(ResolvedArtifact requested, String presentVersion, boolean kernelOwned) {

    /** The line shown in the cell. */
    public String describe() {
        String coordinates = requested.groupId() + ":" + requested.artifactId() + ":" + requested.version();
        if (kernelOwned) {
            return coordinates + " requested, the kernel has " + presentVersion + "; the kernel's version is used";
        }
        return coordinates + " requested, this session already has " + presentVersion + " from an earlier %maven; "
                + presentVersion + " is used (restart the kernel to switch versions)";
    }
}
