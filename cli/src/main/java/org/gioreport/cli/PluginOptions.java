package org.gioreport.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.internal.batch.ControlCharacters;
import picocli.CommandLine.Option;

/**
 * Where drop-in plugin jars are loaded from: every {@code --plugins DIR}, the folders in the
 * {@code GIOREPORT_PLUGINS} environment variable, and {@code ~/.gioreport/plugins} if it exists.
 * Plugins are code: only these folders are read.
 */
public final class PluginOptions {

    public static final String ENVIRONMENT_VARIABLE = "GIOREPORT_PLUGINS";

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Load plugin jars from DIR (repeatable). Also read: the folders in $"
                    + ENVIRONMENT_VARIABLE + " (separated by '" + "${sys:path.separator}" + "') and ~/.gioreport/plugins.")
    List<Path> folders = new ArrayList<>();

    public List<Path> allFolders() {
        List<Path> all = new ArrayList<>(folders);
        String env = System.getenv(ENVIRONMENT_VARIABLE);
        if (env != null && !env.isBlank()) {
            for (String part : env.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    all.add(Path.of(part.trim()));
                }
            }
        }
        Path home = Path.of(System.getProperty("user.home"), ".gioreport", "plugins");
        if (Files.isDirectory(home)) {
            all.add(home);
        }
        return all;
    }

    /** True when some plugin folder holds a jar (drop-in plugins: code we never reviewed). */
    public boolean hasJars() {
        for (Path folder : allFolders()) {
            try (var files = Files.list(folder)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".jar"))) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable folder is reported when the plugins are loaded
            }
        }
        return false;
    }

    /** An engine builder with every plugin folder, its warnings one line each on {@code err}. */
    public Gioreport.Builder engineBuilder(PrintWriter err) {
        Gioreport.Builder builder = Gioreport.builder().warnings(w -> err.println("gioreport: warning: "
                + ControlCharacters.escapeButTabs(w)));
        allFolders().forEach(builder::pluginFolder);
        return builder;
    }
}
