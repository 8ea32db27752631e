package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads what an exception says without trusting it: a plugin's exception may have a cause chain that is a cycle,
 * a {@code getMessage()} or {@code getCause()} that throws, or one that overflows the stack. Every reading here
 * stops after a few links and turns a failure to read into a plain placeholder, never into a new exception.
 */
public final class ThrowableText {

    /** Longer cause chains are cut: a real one is rarely longer than a handful of links. */
    static final int MAX_CHAIN = 16;
    /** A message is cut to its first line and this many characters. */
    static final int MAX_MESSAGE = 500;

    private ThrowableText() {
    }

    /** {@code e} and its causes, each once, at most {@link #MAX_CHAIN} of them. */
    public static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && out.size() < MAX_CHAIN && seen.add(t); t = causeOf(t)) {
            out.add(t);
        }
        return out;
    }

    /** True when {@code e} or one of its causes is a {@code type}. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return chain(e).stream().anyMatch(type::isInstance);
    }

    /** The message of one exception: its first line, shortened; null when it has none or it cannot be read. */
    public static String message(Throwable t) {
        String message;
        try {
            message = t.getMessage();
        } catch (Throwable unreadable) { // NOPMD: a hostile getMessage may throw anything, even StackOverflowError
            if (unreadable instanceof OutOfMemoryError oom) {
                throw oom;
            }
            return "(its message cannot be read: " + unreadable.getClass().getSimpleName() + ")";
        }
        if (message == null) {
            return null;
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.length() > MAX_MESSAGE ? first.substring(0, MAX_MESSAGE) + "…" : first;
    }

    /** "IllegalStateException: the message" (the class's simple name, then the message when there is one). */
    public static String describe(Throwable t) {
        String message = message(t);
        String name = t.getClass().getSimpleName();
        return (name.isEmpty() ? t.getClass().getName() : name) + (message == null ? "" : ": " + message);
    }

    /** The message of {@code e} followed by its root cause in parentheses, or {@code e} described alone. */
    public static String rootMessage(Throwable e) {
        List<Throwable> chain = chain(e);
        Throwable root = chain.get(chain.size() - 1);
        return root == e ? describe(e) : message(e) + " (" + describe(root) + ")";
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (Throwable unreadable) { // NOPMD: an overridden getCause may throw
            if (unreadable instanceof OutOfMemoryError oom) {
                throw oom;
            }
            return null;
        }
    }
}
