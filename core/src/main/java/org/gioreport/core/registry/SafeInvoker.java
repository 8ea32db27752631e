package org.gioreport.core.registry;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place plugin code is called: an exception becomes a {@link PluginFailure} naming the plugin,
 * and a call past the time limit is abandoned. Only {@link OutOfMemoryError} escapes.
 */
public final class SafeInvoker implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeLimit;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gioreport-plugin-" + THREADS.incrementAndGet());
        t.setDaemon(true); // a plugin stuck past its limit must not keep the JVM alive
        return t;
    });

    /** @param timeLimit the longest one call may take; null or zero for no limit */
    public SafeInvoker(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public <T> T call(LoadedPlugin plugin, String activity, Callable<T> call) throws PluginFailure {
        Future<T> future = executor.submit(call);
        try {
            if (timeLimit == null || timeLimit.isZero()) {
                return future.get();
            }
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginFailure("PLUGIN_TIMEOUT", "plugin " + plugin.id() + " ran past the time limit of "
                    + timeLimit.toMillis() / 1000.0 + " s while " + activity + "; abandoned", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw new PluginFailure("PLUGIN_FAILED", "plugin " + plugin.id() + " failed while " + activity + ": "
                    + PluginJarLoader.rootMessage(cause), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailure("PLUGIN_FAILED", "interrupted while plugin " + plugin.id() + " was " + activity,
                    e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
