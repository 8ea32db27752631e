package org.gioreport.engine.internal.isolation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.engine.OcrMode;

/**
 * What a worker process needs to read documents as its parent would: the plugin folders, the limits, a forced
 * plugin, provenance, when to OCR, and its own heap limit. Passed as command-line arguments ({@link #arguments},
 * {@link #parse}).
 */
public record WorkerSettings(List<Path> pluginFolders, Duration timeout, long maxBytes, String plugin,
                             boolean provenance, String heap, OcrMode ocr) {

    public WorkerSettings {
        pluginFolders = List.copyOf(pluginFolders);
    }

    /** The arguments of {@link WorkerMain} (the heap limit goes to the JVM, not here). */
    List<String> arguments() {
        List<String> out = new ArrayList<>(List.of("--timeout-ms", String.valueOf(timeout.toMillis()),
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
        return out;
    }

    static WorkerSettings parse(String[] args) {
        List<Path> folders = new ArrayList<>();
        Duration timeout = Duration.ZERO;
        long maxBytes = Long.MAX_VALUE;
        String plugin = null;
        boolean provenance = false;
        OcrMode ocr = OcrMode.AUTO;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timeout-ms" -> timeout = Duration.ofMillis(Long.parseLong(args[++i]));
                case "--max-bytes" -> maxBytes = Long.parseLong(args[++i]);
                case "--plugin" -> plugin = args[++i];
                case "--provenance" -> provenance = true;
                case "--ocr" -> ocr = OcrMode.parse(args[++i]);
                case "--plugins" -> folders.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown worker argument: " + args[i]);
            }
        }
        return new WorkerSettings(folders, timeout, maxBytes, plugin, provenance, null, ocr);
    }
}
