package io.easel.rendermanager;

import io.easel.plot.FigureErrorKind;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the configured renderer classpath before a launch, so a wrong setting gives an error that names
 * the setting and the missing path instead of a JVM's "could not find or load main class".
 */
final class RendererClasspath {
    static final String HOW_TO_SET = "Set the system property " + RendererSettings.Setting.CLASSPATH.property()
            + " or the environment variable " + RendererSettings.Setting.CLASSPATH.environmentVariable()
            + " to the renderer's jars, e.g. /path/to/easel/renderer/target/dist/* (built by "
            + "`mvn -pl renderer package`; the Easel kernel installer sets it for you).";

    private RendererClasspath() {
    }

    /** Returns the path list to pass to -cp, or throws a start_failed error saying what is wrong. */
    static String check(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new RenderFailedException(FigureErrorKind.START_FAILED,
                    "The renderer classpath is not set. " + HOW_TO_SET);
        }
        List<String> problems = new ArrayList<>();
        for (String entry : configured.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                Path folder = Path.of(entry.substring(0, entry.length() - 2));
                if (!Files.isDirectory(folder)) {
                    problems.add("folder " + folder + " does not exist");
                } else if (!hasJars(folder)) {
                    problems.add("folder " + folder + " has no jar files");
                }
            } else if (!Files.exists(Path.of(entry))) {
                problems.add(entry + " does not exist");
            }
        }
        if (!problems.isEmpty()) {
            throw new RenderFailedException(FigureErrorKind.START_FAILED, "The renderer classpath '"
                    + configured + "' is not usable: " + String.join("; ", problems) + ". " + HOW_TO_SET);
        }
        return configured;
    }

    private static boolean hasJars(Path folder) {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
            return jars.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
