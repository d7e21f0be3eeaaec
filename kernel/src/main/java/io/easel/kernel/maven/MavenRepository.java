package io.easel.kernel.maven;

import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** A repository added with %mavenRepo: an id (matched against servers and mirrors in settings.xml) and a URL. */
public record MavenRepository(String id, String url) {

    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    /**
     * Checks what a user typed. A folder path is accepted too and turned into a file: URL, since a repository on disk
     * is the common case for libraries built locally.
     */
    public static MavenRepository of(String id, String location) {
        if (id.isBlank() || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("'" + id + "' is not a usable repository id: use letters, digits, '.', '_'"
                    + " and '-' (the id is how settings.xml finds credentials and mirrors for it).");
        }
        String scheme = schemeOf(location);
        if (scheme == null) {
            Path folder = Path.of(location).toAbsolutePath().normalize();
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("'" + location + "' is neither a URL (http, https, file) nor an existing"
                        + " folder. Example: %mavenRepo jitpack https://jitpack.io");
            }
            return new MavenRepository(id, withoutTrailingSlash(folder.toUri().toString()));
        }
        if (!SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("Repositories are reached over http, https or file, not '" + scheme
                    + "': " + location);
        }
        return new MavenRepository(id, withoutTrailingSlash(location));
    }

    /** One spelling per location, so adding the same repository twice is recognised. */
    private static String withoutTrailingSlash(String url) {
        String trimmed = url.replaceAll("/+$", "");
        return trimmed.endsWith(":") ? url : trimmed;
    }

    private static String schemeOf(String location) {
        try {
            String scheme = new URI(location).getScheme();
            // a Windows drive letter parses as a one-letter scheme; it is a path
            return scheme == null || scheme.length() == 1 ? null : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Releases and snapshots both: a repository someone adds by hand often holds snapshots. */
    RemoteRepository toRemote() {
        RepositoryPolicy enabled = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_DAILY,
                RepositoryPolicy.CHECKSUM_POLICY_WARN);
        return new RemoteRepository.Builder(id, "default", url)
                .setReleasePolicy(enabled)
                .setSnapshotPolicy(enabled)
                .build();
    }

    @Override
    public String toString() {
        return id + " (" + url + ")";
    }
}
