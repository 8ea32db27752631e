package org.gioreport.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.gioreport.cli.Main;

/**
 * Runs a gioreport command line in this JVM, then prints the heap it needed on stderr: the peak of each heap
 * pool added up (an upper bound of the peak heap in use), the committed maximum, and the collectors' work.
 * Usage: HeapWatch normalize ARGS...
 */
public final class HeapWatch {

    public static void main(String[] args) {
        int code = Main.run(args);
        long peak = 0;
        long committed = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                committed += pool.getPeakUsage().getCommitted();
            }
        }
        long collections = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
        }
        System.err.printf(Locale.ROOT, "heap: peak used %.0f MB (sum of pool peaks), peak committed %.0f MB,"
                + " max %.0f MB; %d collections, %d ms%n", peak / 1e6, committed / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, collections, gcMillis);
        System.exit(code);
    }
}
