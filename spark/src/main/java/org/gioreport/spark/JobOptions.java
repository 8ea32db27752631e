package org.gioreport.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code [options] OUTPUT_DIR INPUT...}. The options are the CLI's {@code normalize}
 * options that change what a record says, under the same names, plus how the work is cut into partitions.
 *
 * @param inputs Hadoop paths (local, {@code hdfs://}, {@code s3a://} ...) of files or folders, as typed: each
 *               record's {@code source.path} is its input as typed followed by the file's path below it
 * @param output the output folder ({@code records/}, {@code values/}, {@code plugin-sets/} inside)
 * @param pluginFolder a folder of plugin jars present on every node (e.g. unpacked from {@code --archives}), or null
 * @param pluginFiles also load the plugin jars shipped with {@code --files} (Spark's per-node files folder)
 * @param plugin the plugin forced for every document ({@code --plugin}), or null to choose by score
 * @param filesPerPartition how many inputs one task (one engine) reads, at most, see docs/spark.md
 */
public record JobOptions(List<String> inputs, String output, String pluginFolder, boolean pluginFiles,
                         String plugin, boolean provenance, Duration timeout, long maxBytes,
                         int filesPerPartition) implements Serializable {

    static final String USAGE = "usage: NormalizeJob [--plugins DIR] [--plugin-files] [--plugin ID] [--provenance]"
            + " [--timeout SECONDS] [--max-size MB] [--files-per-partition N] OUTPUT_DIR INPUT...";

    /** Defaults like the CLI's: 60 s per document, 100 MB per file; 500 inputs per partition. */
    public static JobOptions of(String output, List<String> inputs) {
        return new JobOptions(List.copyOf(inputs), output, null, false, null, false, Duration.ofSeconds(60),
                100L * 1024 * 1024, 500);
    }

    public JobOptions withPluginFolder(String folder) {
        return new JobOptions(inputs, output, folder, pluginFiles, plugin, provenance, timeout, maxBytes,
                filesPerPartition);
    }

    public JobOptions withProvenance(boolean keep) {
        return new JobOptions(inputs, output, pluginFolder, pluginFiles, plugin, keep, timeout, maxBytes,
                filesPerPartition);
    }

    public JobOptions withFilesPerPartition(int files) {
        return new JobOptions(inputs, output, pluginFolder, pluginFiles, plugin, provenance, timeout, maxBytes,
                files);
    }

    /** @throws IllegalArgumentException with a sentence saying what is wrong, for a usage error */
    public static JobOptions parse(String... args) {
        String pluginFolder = null;
        String plugin = null;
        boolean pluginFiles = false;
        boolean provenance = false;
        Duration timeout = Duration.ofSeconds(60);
        long maxBytes = 100L * 1024 * 1024;
        int perPartition = 500;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--plugins" -> pluginFolder = value(args, ++i, a);
                case "--plugin" -> plugin = value(args, ++i, a);
                case "--plugin-files" -> pluginFiles = true;
                case "--provenance" -> provenance = true;
                case "--timeout" -> timeout = Duration.ofSeconds(number(args, ++i, a, 0, 86_400));
                case "--max-size" -> maxBytes = number(args, ++i, a, 1, 2000) * 1024 * 1024;
                case "--files-per-partition" -> perPartition = (int) number(args, ++i, a, 1, 1_000_000);
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() < 2) {
            throw new IllegalArgumentException("an output folder and at least one input are needed");
        }
        return new JobOptions(List.copyOf(positional.subList(1, positional.size())), positional.get(0),
                pluginFolder, pluginFiles, plugin, provenance, timeout, maxBytes, perPartition);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String[] args, int i, String option, long min, long max) {
        String text = value(args, i, option);
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ": " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number: " + text);
        }
    }
}
