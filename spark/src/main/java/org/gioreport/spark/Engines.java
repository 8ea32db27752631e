package org.gioreport.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.gioreport.engine.Gioreport;

/**
 * Builds the engine of one partition from the job's options, on whichever node runs it: the built-in plugins
 * and those of {@code --jars} from the task's class loader, drop-in jars from {@code --plugins DIR} (a folder
 * every node has, e.g. one unpacked from {@code --archives plugins.zip#plugins}) and, with
 * {@code --plugin-files}, from the folder where Spark puts the files of {@code --files}.
 */
final class Engines {

    private Engines() {
    }

    static Gioreport build(JobOptions options) {
        Gioreport.Builder builder = Gioreport.builder()
                .classLoader(loader())
                .timeout(options.timeout())
                .maxBytes(options.maxBytes())
                .plugin(options.plugin())
                .provenance(options.provenance());
        if (options.pluginFolder() != null) {
            builder.pluginFolder(pluginFolder(options.pluginFolder()));
        }
        if (options.pluginFiles()) {
            Path shipped = Path.of(SparkFiles.getRootDirectory());
            if (Files.isDirectory(shipped)) {
                builder.pluginFolder(shipped);
            }
        }
        return builder.build();
    }

    /**
     * The folder as given when it exists here (an absolute path, or the working folder of a YARN container, where
     * {@code --archives x.zip#plugins} is unpacked); else the same name in Spark's files folder, where archives and
     * files are unpacked in local mode and on a client-mode driver.
     */
    static Path pluginFolder(String folder) {
        Path given = Path.of(folder);
        if (Files.isDirectory(given) || given.isAbsolute()) {
            return given;
        }
        Path shipped = Path.of(SparkFiles.getRootDirectory(), folder);
        return Files.isDirectory(shipped) ? shipped : given;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Engines.class.getClassLoader();
    }
}
