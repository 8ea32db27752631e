package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.internal.batch.ControlCharacters;
import org.gioreport.engine.internal.plugins.JarTrial;

/**
 * Tries the drop-in jars in a child JVM ({@link VettingMain}) before the run loads them, in either isolation
 * mode: a jar whose code calls {@code System.exit} or {@code Runtime.halt}, or hangs, while its plugins are
 * loaded or asked to fit an empty document would otherwise end or stall the run itself, which loads every jar.
 * Such a jar is refused with one warning naming it; so is one none of whose plugins loads (its own warnings say
 * why). One child tries every jar in turn; a jar that ends it costs a new child for the jars after it. Nothing
 * is started when no jar is given.
 */
public final class PluginJarVetting {

    /** The longest one jar's trial may take: loading (10 s at most), fits (5 s each), a busy machine. */
    static final Duration JAR_LIMIT = Duration.ofSeconds(60);
    /** The trying process's heap limit, a worker's by default. */
    private static final String HEAP = "512m";

    private PluginJarVetting() {
    }

    /**
     * The jars of {@code pluginFolders} the run must not load, each with the warnings that say why, in the
     * order they are to be given. When no child JVM can be started the jars are not tried, with one warning.
     */
    public static Map<Path, List<String>> refused(List<Path> pluginFolders, Consumer<String> warnings) {
        List<Path> jars = JarTrial.jarsIn(pluginFolders);
        Map<Path, List<String>> refused = new LinkedHashMap<>();
        WorkerProcess child = null;
        long id = 0;
        try {
            for (Path jar : jars) {
                if (child == null) {
                    try {
                        child = WorkerProcess.start(command(), w -> { }, WorkerPool.START_LIMIT);
                    } catch (IOException e) {
                        warnings.accept("the plugin jars could not be tried in a separate process before loading"
                                + " (" + e.getMessage() + "); they are loaded untried: one that calls System.exit"
                                + " while loading ends the run");
                        return refused;
                    }
                }
                id++;
                String answer = child.ask(WorkerProtocol.request(id, jar.toString(), null, Set.of(), Set.of(),
                        Set.of()), JAR_LIMIT);
                List<String> why = answer == null ? List.of(lost(child, jar)) : refusal(answer, id, jar);
                if (answer == null) {
                    child.kill();
                    child = null;
                }
                if (why != null) {
                    refused.put(jar, why);
                }
            }
        } finally {
            if (child != null) {
                child.close();
            }
        }
        return refused;
    }

    /** The warnings of a jar none of whose plugins is used, or null when it is used. */
    private static List<String> refusal(String answer, long id, Path jar) {
        JsonNode node;
        try {
            node = ReportJson.mapper().readTree(answer);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || node.path(WorkerProtocol.ID).asLong() != id
                || !jar.toString().equals(node.path(WorkerProtocol.PATH).asText())) {
            return List.of("plugin jar " + jar + " refused: trying it in a separate process gave no answer about it"
                    + "; none of its plugins is used");
        }
        if (node.path("used").asBoolean()) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        node.path("warnings").forEach(w -> warnings.add(ControlCharacters.escapeButTabs(w.asText())));
        return warnings;
    }

    private static String lost(WorkerProcess child, Path jar) {
        String what = "plugin jar " + jar + " refused: trying it in a separate process (loading its plugins, id(),"
                + " version(), a fit on an empty document) ";
        if (!child.ended()) {
            return what + "did not end within " + JAR_LIMIT.toSeconds() + " s; none of its plugins is used";
        }
        Integer exit = child.exitCode();
        return what + "ended that process (exit code " + exit + "; a plugin may call System.exit or"
                + " Runtime.halt, or crash the JVM); none of its plugins is used";
    }

    private static List<String> command() {
        return WorkerPool.java(HEAP, VettingMain.class);
    }
}
