package io.easel.kernel.maven;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A Maven repository in a folder, in the default layout, written by the test: POMs, jars with classes compiled from
 * the sources given, and SHA-1 checksums, as a real repository has them.
 */
final class TestRepository {

    private final Path root;

    TestRepository(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    String url() {
        return root.toUri().toString();
    }

    Artifact artifact(String groupId, String artifactId, String version) {
        return new Artifact(groupId, artifactId, version);
    }

    Path folderOf(String groupId, String artifactId, String version) {
        return root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
    }

    /** One artifact being described; {@link #publish()} writes it. */
    final class Artifact {
        private final String groupId;
        private final String artifactId;
        private final String version;
        private final List<String> dependencies = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, String> resources = new LinkedHashMap<>();
        private String classpath = "";
        private String extraPom = "";
        private boolean jar = true;

        private Artifact(String groupId, String artifactId, String version) {
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.version = version;
        }

        /** A dependency "g:a:v" with an optional scope ("g:a:v:test") or "g:a:v:optional". */
        Artifact dependsOn(String coordinates) {
            dependencies.add(coordinates);
            return this;
        }

        Artifact withClass(String className, String source) {
            sources.put(className, source);
            return this;
        }

        Artifact withResource(String path, String content) {
            resources.put(path, content);
            return this;
        }

        /** Class path the sources compile against (for an Extension, the jjava-jupyter jar). */
        Artifact compiledAgainst(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** Extra XML placed inside the POM's project element (properties, dependencyManagement...). */
        Artifact withPomXml(String xml) {
            this.extraPom = xml;
            return this;
        }

        /** Publishes the POM only, as a parent or BOM project has. */
        Artifact pomOnly() {
            this.jar = false;
            return this;
        }

        Path publish() {
            try {
                Path folder = folderOf(groupId, artifactId, version);
                Files.createDirectories(folder);
                writeWithChecksum(folder.resolve(artifactId + "-" + version + ".pom"), pom().getBytes(StandardCharsets.UTF_8));
                if (jar) {
                    Path jarFile = folder.resolve(artifactId + "-" + version + ".jar");
                    writeWithChecksum(jarFile, jarBytes());
                    return jarFile;
                }
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String pom() {
            StringBuilder deps = new StringBuilder();
            for (String d : dependencies) {
                String[] p = d.split(":");
                deps.append("    <dependency><groupId>").append(p[0]).append("</groupId><artifactId>").append(p[1])
                        .append("</artifactId>");
                if (!p[2].isEmpty()) {
                    deps.append("<version>").append(p[2]).append("</version>");
                }
                if (p.length > 3) {
                    deps.append(p[3].equals("optional") ? "<optional>true</optional>" : "<scope>" + p[3] + "</scope>");
                }
                deps.append("</dependency>\n");
            }
            return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                    + "  <groupId>" + groupId + "</groupId>\n  <artifactId>" + artifactId + "</artifactId>\n"
                    + "  <version>" + version + "</version>\n  <packaging>" + (jar ? "jar" : "pom") + "</packaging>\n"
                    + extraPom + "\n  <dependencies>\n" + deps + "  </dependencies>\n</project>\n";
        }

        private byte[] jarBytes() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream jarOut = new JarOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> entry : compile().entrySet()) {
                    put(jarOut, entry.getKey(), entry.getValue());
                }
                for (Map.Entry<String, String> entry : resources.entrySet()) {
                    put(jarOut, entry.getKey(), entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                put(jarOut, "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties",
                        ("groupId=" + groupId + "\nartifactId=" + artifactId + "\nversion=" + version + "\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        }

        private Map<String, byte[]> compile() throws IOException {
            Map<String, byte[]> classes = new LinkedHashMap<>();
            if (sources.isEmpty()) {
                return classes;
            }
            Path work = Files.createTempDirectory("easel-test-compile");
            try {
                Path src = work.resolve("src");
                Path out = work.resolve("out");
                Files.createDirectories(out);
                List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-proc:none"));
                if (!classpath.isEmpty()) {
                    args.addAll(List.of("-cp", classpath));
                }
                for (Map.Entry<String, String> s : sources.entrySet()) {
                    Path file = src.resolve(s.getKey().replace('.', '/') + ".java");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, s.getValue());
                    args.add(file.toString());
                }
                JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                int status = compiler.run(null, null, errors, args.toArray(String[]::new));
                if (status != 0) {
                    throw new IllegalStateException("Test sources do not compile:\n" + errors);
                }
                try (Stream<Path> files = Files.walk(out)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        classes.put(out.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
                return classes;
            } finally {
                deleteTree(work);
            }
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    static void writeWithChecksum(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), sha1(content));
    }

    private static String sha1(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A stream that keeps what is printed, for checking the progress lines. */
    static final class Captured extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
