package io.easel.kernel.maven;

import java.nio.file.Path;

/**
 * Where the resolver keeps and finds artifacts.
 *
 * @param localRepository     the local repository, or null for Maven's own choice (maven.repo.local, settings.xml,
 *                            ~/.m2/repository)
 * @param userSettingsXml     the user's settings.xml, or null for ~/.m2/settings.xml; only read when userSettings
 * @param userSettings        whether the user's settings.xml (repositories, mirrors, proxies, credentials) applies
 * @param defaultRepositories whether Maven Central and the settings' repositories are searched besides the ones
 *                            added with %mavenRepo
 */
public record ResolverSettings(Path localRepository, Path userSettingsXml, boolean userSettings,
                               boolean defaultRepositories) {

    /** Environment variable that moves the local repository for Easel only. */
    public static final String LOCAL_REPOSITORY_VARIABLE = "EASEL_MAVEN_LOCAL_REPO";

    /** What a user's kernel uses: Maven's usual configuration, plus the optional environment variable. */
    public static ResolverSettings fromEnvironment() {
        String local = System.getenv(LOCAL_REPOSITORY_VARIABLE);
        return new ResolverSettings(local == null || local.isBlank() ? null : Path.of(local), null, true, true);
    }

    /** Only the given local repository and the repositories added by hand: nothing from the network or ~/.m2. */
    public static ResolverSettings isolated(Path localRepository) {
        return new ResolverSettings(localRepository, null, false, false);
    }

    /** Maven's usual configuration, read from the given settings.xml instead of the user's. */
    public static ResolverSettings withSettingsXml(Path localRepository, Path settingsXml) {
        return new ResolverSettings(localRepository, settingsXml, true, true);
    }
}
