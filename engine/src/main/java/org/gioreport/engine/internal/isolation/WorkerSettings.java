package org.gioreport.engine.internal.isolation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gioreport.engine.OcrMode;
import org.gioreport.engine.internal.TimeLimit;

/**
 * What a worker process needs to read documents as its parent would: the plugin folders and the jars of them
 * not to load ({@link PluginJarVetting}), the limits, a forced plugin, provenance, when to OCR, and its own heap
 * limit. {@code ocrPageTime} is added to {@code timeout} for each page read by OCR ({@link TimeLimit}). Passed as command-line arguments ({@link #arguments}, {@link #parse}).
 */
public record WorkerSettings(List<Path> pluginFolders, Duration timeout, long maxBytes, String plugin,
                             boolean provenance, String heap, OcrMode ocr, Set<Path> refusedJars,
                             Duration ocrPageTime) {

    public WorkerSettings {
        pluginFolders = List.copyOf(pluginFolders);
        refusedJars = Set.copyOf(refusedJars);
    }

    /** Settings that refuse no jar. */
    public WorkerSettings(List<Path> pluginFolders, Duration timeout, long maxBytes, String plugin,
                          boolean provenance, String heap, OcrMode ocr) {
        this(pluginFolders, timeout, maxBytes, plugin, provenance, heap, ocr, Set.of(), Duration.ZERO);
    }

    /** A document's time limit: {@code timeout}, and {@code ocrPageTime} for each page read by OCR. */
    public TimeLimit limit() {
        return new TimeLimit(timeout, ocrPageTime);
    }

    /** The arguments of {@link WorkerMain} (the heap limit goes to the JVM, not here). */
    List<String> arguments() {
        List<String> out = new ArrayList<>(List.of("--timeout-ms", String.valueOf(timeout.toMillis()),
                "--ocr-page-ms", String.valueOf(ocrPageTime.toMillis()),
                "--max-bytes", String.valueOf(maxBytes), "--ocr", ocr.name()));
        if (plugin != null) {
            out.addAll(List.of("--plugin", plugin));
        }
        if (provenance) {
            out.add("--provenance");
        }
        for (Path folder : pluginFolders) {
            out.addAll(List.of("--plugins", folder.toString()));
        }
        for (Path jar : refusedJars.stream().sorted().toList()) {
            out.addAll(List.of("--refused-jar", jar.toString()));
        }
        return out;
    }

    static WorkerSettings parse(String[] args) {
        List<Path> folders = new ArrayList<>();
        Set<Path> refused = new HashSet<>();
        Duration timeout = Duration.ZERO;
        Duration ocrPageTime = Duration.ZERO;
        long maxBytes = Long.MAX_VALUE;
        String plugin = null;
        boolean provenance = false;
        OcrMode ocr = OcrMode.AUTO;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timeout-ms" -> timeout = Duration.ofMillis(Long.parseLong(args[++i]));
                case "--ocr-page-ms" -> ocrPageTime = Duration.ofMillis(Long.parseLong(args[++i]));
                case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
                case "--plugin" -> plugin = args[++i];
                case "--provenance" -> provenance = true;
                case "--ocr" -> ocr = OcrMode.parse(args[++i]);
                case "--plugins" -> folders.add(Path.of(args[++i]));
                case "--refused-jar" -> refused.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown worker argument: " + args[i]);
            }
        }
        return new WorkerSettings(folders, timeout, maxBytes, plugin, provenance, null, ocr, refused, ocrPageTime);
    }
}
