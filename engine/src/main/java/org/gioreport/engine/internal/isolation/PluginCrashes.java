package org.gioreport.engine.internal.isolation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The drop-in plugins that were running when a worker process died, counted for the run: one that did so
 * {@value WorkerPool#MAX_CRASHES} times is switched off for every worker, with one warning (as a plugin that runs
 * past the time limit is).
 */
final class PluginCrashes {

    private final Consumer<String> warnings;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final Set<String> switchedOff = ConcurrentHashMap.newKeySet();

    PluginCrashes(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Counts one crash of each plugin, id → what it was doing when its worker died. */
    void count(Map<String, String> running) {
        running.forEach((pluginId, activity) -> {
            int count = counts.merge(pluginId, 1, Integer::sum);
            if (count >= WorkerPool.MAX_CRASHES && switchedOff.add(pluginId)) {
                warnings.accept("plugin " + pluginId + " was running when " + count + " worker processes ended"
                        + " without an answer (the last while " + activity + "; it may call System.exit or crash"
                        + " the JVM); it is switched off for the rest of the run");
            }
        });
    }

    /** The plugins switched off for crashing workers. */
    Collection<String> switchedOff() {
        return Set.copyOf(switchedOff);
    }
}
