package org.gioreport.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.gioreport.engine.Gioreport;

/**
 * What made a record, besides its input: the engine's version, every plugin's id and version in the engine's
 * order, and the options that change a record ({@code --plugin}, {@code --provenance}). A re-run skips an input
 * only when its record was made by the same set; a new plugin version reads the whole archive again. The
 * {@link #id} ({@code set-} and 12 hex digits of the description's SHA-256) names the records' partition folder.
 *
 * @param description e.g. {@code gioreport 0.1.0; plugins pdf-text 0.1.0, cell-dump 0.1.0, ...; provenance off}
 */
record PluginSet(String description, String id) {

    static PluginSet of(Gioreport engine, JobOptions options) {
        String engineVersion = Gioreport.class.getPackage().getImplementationVersion();
        String plugins = engine.plugins().stream().map(p -> p.id() + " " + p.version())
                .collect(Collectors.joining(", "));
        String description = "gioreport " + (engineVersion == null ? "unknown" : engineVersion)
                + "; plugins " + plugins
                + (options.plugin() == null ? "" : "; forced plugin " + options.plugin())
                + "; provenance " + (options.provenance() ? "on" : "off");
        return new PluginSet(description, id(description));
    }

    private static String id(String description) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return "set-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
