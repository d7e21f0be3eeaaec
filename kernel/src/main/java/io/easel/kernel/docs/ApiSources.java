package io.easel.kernel.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sources Easel's API jars carry as resources below {@value #ROOT} (plot/ and notebook-api/ pack them in their
 * build), read through the kernel's own loader: a session's loaders do not let that folder through.
 */
final class ApiSources implements SourceFiles {

    static final String ROOT = "META-INF/easel/sources/";

    private final ClassLoader loader;

    ApiSources(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public Optional<String> read(String path) {
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ROOT + path + " from Easel's API jars", e);
        }
    }
}
