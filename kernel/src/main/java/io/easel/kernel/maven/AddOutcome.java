package io.easel.kernel.maven;

import java.util.List;

/**
 * What one %maven or %%loadFromPOM did.
 *
 * @param added            jars newly put on the class path
 * @param alreadyPresent   artifacts an earlier request had added, at the same version
 * @param providedByKernel Easel's API jars, which cells share with the kernel, at the same version
 * @param conflicts        artifacts left out because a different version is loaded
 */
public record AddOutcome(List<ResolvedArtifact> added, List<ResolvedArtifact> alreadyPresent,
                         List<ResolvedArtifact> providedByKernel, List<VersionConflict> conflicts) {

    public static AddOutcome nothingNew(List<ResolvedArtifact> alreadyPresent) {
        return new AddOutcome(List.of(), alreadyPresent, List.of(), List.of());
    }
}
