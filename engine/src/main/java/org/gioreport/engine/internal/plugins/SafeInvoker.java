package org.gioreport.engine.internal.plugins;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gioreport.engine.LoadedPlugin;

/**
 * The one place plugin code is called: an exception becomes a {@link PluginFailure} naming the plugin (and its
 * jar), and a call past the time limit is abandoned. Only {@link OutOfMemoryError} escapes.
 *
 * <p>An abandoned call is interrupted; a plugin that ignores the interrupt keeps its (daemon) thread until it
 * returns, but the run goes on without it. A plugin whose calls ran past the limit {@link #MAX_TIMEOUTS} times
 * is switched off for the rest of the run: otherwise every document would pay the time limit again while the
 * stuck threads eat the processor (process isolation, {@code --isolation process}, kills them instead).
 */
public final class SafeInvoker implements AutoCloseable {

    /** After this many calls past the time limit a plugin is not called again in this run. */
    static final int MAX_TIMEOUTS = 3;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeLimit;
    private final Calls calls;
    private final Map<String, AtomicInteger> timeouts = new ConcurrentHashMap<>();
    private final Map<String, String> offReasons = new ConcurrentHashMap<>();
    private final Queue<String> recentTimeouts = new ConcurrentLinkedQueue<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "gioreport-plugin-" + THREADS.incrementAndGet());
        t.setDaemon(true); // a plugin stuck past its limit must not keep the JVM alive
        return t;
    });

    /**
     * Told when a plugin call starts and when the plugin's code returns (on the thread that ran it, so a call
     * abandoned at its time limit has not returned): a worker process tells its parent which plugin was running
     * should it die.
     */
    public interface Calls {
        Calls NONE = new Calls() {
            @Override
            public void started(LoadedPlugin plugin, String activity) {
            }

            @Override
            public void returned(LoadedPlugin plugin) {
            }
        };

        void started(LoadedPlugin plugin, String activity);

        void returned(LoadedPlugin plugin);
    }

    /** @param timeLimit the longest one call may take; null or zero for no limit */
    public SafeInvoker(Duration timeLimit) {
        this(timeLimit, Calls.NONE);
    }

    /** Like {@link #SafeInvoker(Duration)}, telling {@code calls} of every call. */
    public SafeInvoker(Duration timeLimit, Calls calls) {
        this.timeLimit = timeLimit;
        this.calls = calls;
    }

    /** Switches a plugin off for the rest of the run (a worker process is told so by the parent that counts). */
    public void switchOff(String pluginId) {
        timeouts.computeIfAbsent(pluginId, id -> new AtomicInteger()).accumulateAndGet(MAX_TIMEOUTS, Math::max);
    }

    /** Switches a plugin off for the rest of this invoker's life; {@code reason} completes "switched off: ". */
    public void switchOff(String pluginId, String reason) {
        offReasons.putIfAbsent(pluginId, reason);
    }

    /** The ids of the plugins whose calls ran past the time limit since the last drain, one entry a time. */
    public List<String> drainTimeouts() {
        List<String> out = new ArrayList<>();
        for (String id = recentTimeouts.poll(); id != null; id = recentTimeouts.poll()) {
            out.add(id);
        }
        return out;
    }

    /** True when the plugin ran past the time limit too often and is not called any more. */
    public boolean switchedOff(LoadedPlugin plugin) {
        return offReason(plugin) != null;
    }

    /** Why the plugin is switched off ("it ran past the time limit 3 times"), or null when it is not. */
    public String offReason(LoadedPlugin plugin) {
        AtomicInteger count = timeouts.get(plugin.id());
        if (count != null && count.get() >= MAX_TIMEOUTS) {
            return "it ran past the time limit " + MAX_TIMEOUTS + " times";
        }
        return offReasons.get(plugin.id());
    }

    public <T> T call(LoadedPlugin plugin, String activity, Callable<T> call) throws PluginFailure {
        String offReason = offReason(plugin);
        if (offReason != null) {
            throw new PluginFailure(offReasons.containsKey(plugin.id()) ? "PLUGIN_FAILED" : "PLUGIN_TIMEOUT",
                    plugin.id(), "plugin " + plugin.describe() + " is switched off for this run: " + offReason, null);
        }
        calls.started(plugin, activity);
        Future<T> future = executor.submit(withPluginClassLoader(plugin, call, calls));
        try {
            if (timeLimit == null || timeLimit.isZero()) {
                return future.get();
            }
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            recentTimeouts.add(plugin.id());
            int count = timeouts.computeIfAbsent(plugin.id(), id -> new AtomicInteger()).incrementAndGet();
            throw new PluginFailure("PLUGIN_TIMEOUT", plugin.id(), "plugin " + plugin.describe()
                    + " ran past the time limit of " + seconds(timeLimit) + " while " + activity + "; abandoned"
                    + (count == MAX_TIMEOUTS ? "; it did so " + count + " times and is switched off for the rest"
                    + " of the run" : ""), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof Threw threw ? threw.thrown : e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw oom;
            }
            // the plugin's own exception is not kept: its cause chain or methods may be hostile
            throw new PluginFailure("PLUGIN_FAILED", plugin.id(), "plugin " + plugin.describe() + " failed while "
                    + activity + ": " + ThrowableText.rootMessage(cause), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailure("PLUGIN_FAILED", plugin.id(), "interrupted while plugin " + plugin.describe()
                    + " was " + activity, e);
        }
    }

    /** Plugin code sees its own class loader as the context class loader, as libraries it bundles expect. */
    private static <T> Callable<T> withPluginClassLoader(LoadedPlugin plugin, Callable<T> call, Calls calls) {
        ClassLoader pluginLoader = plugin.plugin().getClass().getClassLoader();
        return () -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(pluginLoader);
            try {
                return call.call();
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) { // NOPMD: whatever the plugin threw is carried out unread
                throw new Threw(e);
            } finally {
                thread.setContextClassLoader(before);
                calls.returned(plugin);
            }
        };
    }

    /**
     * Carries what a plugin threw to the caller without reading it: the executor builds its exception's message
     * from the cause's {@code toString()}, which a hostile plugin's exception may make throw.
     */
    private static final class Threw extends Exception {
        private final transient Throwable thrown;

        Threw(Throwable thrown) {
            super(null, null, false, false);
            this.thrown = thrown;
        }
    }

    static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
