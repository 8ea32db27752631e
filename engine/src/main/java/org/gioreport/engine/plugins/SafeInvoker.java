package org.gioreport.engine.plugins;

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
 * The one place plugin code is called: an exception becomes a {@link PluginFailure} naming the plugin (and its
 * jar), and a call past the time limit is abandoned. Only {@link OutOfMemoryError} escapes.
 *
 * <p>An abandoned call is interrupted; a plugin that ignores the interrupt keeps its (daemon) thread until it
 * returns, but the run goes on without it.
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
        Future<T> future = executor.submit(withPluginClassLoader(plugin, call));
        try {
            if (timeLimit == null || timeLimit.isZero()) {
                return future.get();
            }
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginFailure("PLUGIN_TIMEOUT", plugin.id(), "plugin " + plugin.describe()
                    + " ran past the time limit of " + seconds(timeLimit) + " while " + activity + "; abandoned", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw oom;
            }
            throw new PluginFailure("PLUGIN_FAILED", plugin.id(), "plugin " + plugin.describe() + " failed while "
                    + activity + ": " + PluginJarLoader.rootMessage(cause), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailure("PLUGIN_FAILED", plugin.id(), "interrupted while plugin " + plugin.describe()
                    + " was " + activity, e);
        }
    }

    /** Plugin code sees its own class loader as the context class loader, as libraries it bundles expect. */
    private static <T> Callable<T> withPluginClassLoader(LoadedPlugin plugin, Callable<T> call) {
        ClassLoader pluginLoader = plugin.plugin().getClass().getClassLoader();
        return () -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(pluginLoader);
            try {
                return call.call();
            } finally {
                thread.setContextClassLoader(before);
            }
        };
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
