package org.gioreport.engine;

/**
 * Where documents are read and plugins called. {@link #THREAD}: in this JVM, each call on a thread with a time
 * limit (fast to start; a plugin that calls {@code System.exit}, leaks memory or ignores interrupts can still
 * harm the run). {@link #PROCESS}: in a pool of worker JVMs, each with its own heap limit, killed and replaced
 * when it crashes, runs out of memory or overruns the time limit; its document gets one {@code failed} record.
 */
public enum Isolation {
    THREAD, PROCESS
}
