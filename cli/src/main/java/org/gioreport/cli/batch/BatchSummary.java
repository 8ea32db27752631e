package org.gioreport.cli.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gioreport.core.model.Status;
import org.gioreport.engine.batch.Outcome;
import org.gioreport.engine.internal.batch.ControlCharacters;

/**
 * Counts of a run, printed on stderr at its end: per status, layout plugin and edition, how many inputs' own sentences
 * agree or disagree with their tables (the narrative witness), the most frequent diagnostic codes (counted once per
 * input), and the slowest inputs. Its size does not grow with the inputs.
 * File names are printed with their control characters escaped: a name holding a line break or an ESC sequence
 * cannot fake a line of the summary or move the terminal's cursor.
 */
public final class BatchSummary {

    static final int TOP_CODES = 8;
    static final int SLOWEST = 5;

    private final Map<String, Long> statuses = new LinkedHashMap<>();
    private final Map<String, Long> plugins = new TreeMap<>();
    private final Map<String, Long> editions = new TreeMap<>();
    private final Map<String, Long> codes = new TreeMap<>();
    private final PriorityQueue<Outcome> slowest = new PriorityQueue<>(Comparator.comparingLong(Outcome::nanos));
    private long inputs;
    private long skipped;
    private long changed;
    private long narrativeAgrees;
    private long narrativeDisagrees;

    public BatchSummary() {
        for (Status s : Status.values()) {
            statuses.put(s.json(), 0L);
        }
    }

    /** Counts one finished input; called by the one thread that writes. */
    public void add(Outcome o) {
        inputs++;
        if (o.skipped()) {
            skipped++;
            return;
        }
        changed += o.changed() ? 1 : 0;
        statuses.merge(o.status().json(), 1L, Long::sum);
        plugins.merge(o.format() == null ? "(none)" : o.format(), 1L, Long::sum);
        editions.merge(o.edition() == null ? "(none)" : o.edition(), 1L, Long::sum);
        o.codes().forEach(c -> codes.merge(c, 1L, Long::sum));
        narrativeAgrees += o.codes().contains("NARRATIVE_AGREES") ? 1 : 0;
        narrativeDisagrees += o.codes().contains("NARRATIVE_MISMATCH") ? 1 : 0;
        slowest.add(o);
        if (slowest.size() > SLOWEST) {
            slowest.poll();
        }
    }

    public long inputs() {
        return inputs;
    }

    public long count(Status status) {
        return statuses.get(status.json());
    }

    public void print(PrintWriter err, Duration elapsed, int threads) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        long done = inputs - skipped;
        err.printf(Locale.ROOT, "gioreport: %d inputs in %.1f s (%.1f files/s, %d %s)%n", inputs, seconds,
                done / seconds, threads, threads == 1 ? "thread" : "threads");
        if (skipped > 0 || changed > 0) {
            err.printf(Locale.ROOT, "  resumed:     %d already in the output, skipped; %d read again because their"
                    + " content changed%n", skipped, changed);
        }
        err.println("  status:      " + line(statuses));
        err.println("  plugin:      " + line(plugins));
        err.println("  edition:     " + line(editions));
        if (narrativeAgrees + narrativeDisagrees > 0) {
            err.printf(Locale.ROOT, "  narrative:   the text restates numbers that agree with its tables in %d inputs,"
                    + " that disagree in %d (NARRATIVE_AGREES, NARRATIVE_MISMATCH)%n", narrativeAgrees,
                    narrativeDisagrees);
        }
        List<Map.Entry<String, Long>> top = codes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CODES).toList();
        err.println("  diagnostics: " + (top.isEmpty() ? "none" : top.stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "))
                + "  (inputs with each code)"));
        List<Outcome> slow = slowest.stream().sorted(Comparator.comparingLong(Outcome::nanos).reversed()).toList();
        if (!slow.isEmpty()) {
            err.println("  slowest:");
            for (Outcome o : slow) {
                err.printf(Locale.ROOT, "    %7.2f s  %s (%s%s)%n", o.nanos() / 1e9,
                        ControlCharacters.escape(o.path()), o.status().json(),
                        o.codes().isEmpty() ? "" : " " + o.codes().get(0));
            }
        }
        err.flush();
    }

    private static String line(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
