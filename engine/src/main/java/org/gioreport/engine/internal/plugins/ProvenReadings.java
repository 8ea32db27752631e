package org.gioreport.engine.internal.plugins;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.spi.Extraction;

/**
 * Choosing by proof, not by the fit score alone: of the readings of one document by the plugins that fit it, each
 * template table (二, 三, 四) is taken whole from the reading that proves most of its values ({@link TableProof}),
 * never mixed inside a table; on a tie the better fit keeps it. Table 二, which no arithmetic proves, goes to
 * another reading only when the best fit states none of it: a reading of a scan's OCR text by a plain-text plugin
 * doubts less than the OCR reader and is wrong more (seen: 行政强制's 21 and -5 as 24 and 5). A reading of another edition is not compared.
 * Every table read by another plugin than the record's {@code format} (table 三's reader) is named in a
 * {@code TABLE_READ_BY} note: one taken from another plugin than the best fit's, and one the best fit kept while
 * another reads 三. Where another
 * reading states a different number for a value the kept table does not prove (placed by position, split by shape,
 * doubted by its reader), that value is null with a {@code READINGS_DISAGREE} warning naming both readings.
 */
final class ProvenReadings {

    /**
     * One plugin's reading of the document. {@code readsOcrCells}: its values come from a scan's table cells as
     * OCR read them, each judged by {@code ArithmeticJudge} (a doubtful cell is null); a plain-text plugin reading
     * the same scan's OCR text cannot tell a doubtful digit from a sure one.
     */
    record Reading(LoadedPlugin plugin, Extraction extraction, Map<String, Object> flat, Set<String> proven,
                   boolean readsOcrCells) {

        static Reading of(LoadedPlugin plugin, Extraction extraction) {
            return of(plugin, extraction, ReportPaths.flatten(extraction.report()), false);
        }

        /** The reading of an extraction whose report is already flattened into {@code flat}. */
        static Reading of(LoadedPlugin plugin, Extraction extraction, Map<String, Object> flat,
                          boolean readsOcrCells) {
            return new Reading(plugin, extraction, flat,
                    TableProof.proven(extraction.report().edition(), flat, extraction.diagnostics()), readsOcrCells);
        }

        int proves(String table) {
            return TableProof.count(proven, table);
        }

        /** How many values of {@code table} the reading states, proven or not. */
        int states(String table) {
            return (int) flat.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(table + ".") && e.getValue() instanceof Number).count();
        }
    }

    /**
     * The readings chosen per table, in {@link TableProof#TABLES} order, and the values of theirs another reading
     * contradicts where they are not proven.
     */
    record Choice(Reading best, Map<String, Reading> byTable, List<Disagreement> disagreements) {

        boolean allFromBest() {
            return byTable.values().stream().allMatch(r -> r == best);
        }

        /** Whether a reading of the same edition states another number where the kept one proved nothing. */
        boolean anyDisagreement() {
            return !disagreements.isEmpty();
        }

        /** The plugin that read the largest table, 三: the result's {@code format}. */
        LoadedPlugin plugin() {
            return byTable.get(TableProof.APPLICATIONS).plugin();
        }
    }

    private ProvenReadings() {
    }

    /** For each table the reading proving most of it; {@code others} in fit order, after {@code best}. */
    static Choice choose(Reading best, List<Reading> others) {
        Map<String, Reading> byTable = new LinkedHashMap<>();
        for (String table : TableProof.TABLES) {
            Reading chosen = best;
            // 二 has no arithmetic to prove a reading against another: the best fit keeps it unless it states none
            boolean open = !table.equals(TableProof.ACTIVE) || best.states(table) == 0;
            for (Reading other : open ? others : List.<Reading>of()) {
                if (sameEdition(best, other) && other.proves(table) > chosen.proves(table)) {
                    chosen = other;
                }
            }
            byTable.put(table, chosen);
        }
        List<Reading> comparable = others.stream().filter(o -> sameEdition(best, o)).toList();
        return new Choice(best, byTable, disagreements(best, byTable, comparable));
    }

    /** A kept value its table does not prove, and another reading's different number for it. */
    record Disagreement(String path, Reading kept, Number value, Reading other, Number otherValue) {
    }

    /**
     * The kept values their table does not prove that another reading contradicts: by another number, or, for a
     * value read from a scan's OCR text that no arithmetic proves, by the reader of the OCR'd cells leaving it null
     * (it doubted that cell or found none: the text holds the same doubtful digits, so reading them from the text
     * proves nothing).
     */
    private static List<Disagreement> disagreements(Reading best, Map<String, Reading> byTable,
                                                    List<Reading> others) {
        List<Disagreement> found = new ArrayList<>();
        List<Reading> readings = new ArrayList<>(others);
        readings.add(best);
        byTable.forEach((table, kept) -> kept.flat().forEach((path, value) -> {
            if (!(value instanceof Number number) || !path.startsWith(table + ".")) {
                return;
            }
            boolean proven = kept.proven().contains(path);
            // 二 is "proven" by its reader's lack of doubt, which says nothing of a digit in a scan's OCR text
            boolean byArithmetic = proven && !table.equals(TableProof.ACTIVE);
            for (Reading other : readings) {
                Object theirs = other.flat().get(path);
                boolean differs = !proven && theirs instanceof Number n && !sameNumber(number, n);
                boolean doubted = !byArithmetic && theirs == null && other.readsOcrCells() && !kept.readsOcrCells();
                if (other != kept && (differs || doubted)) {
                    found.add(new Disagreement(path, kept, number, other, (Number) theirs));
                    return;
                }
            }
        }));
        return found;
    }

    private static boolean sameNumber(Number a, Number b) {
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }

    private static boolean sameEdition(Reading a, Reading b) {
        return a.extraction().report().edition() != null
                && a.extraction().report().edition().equals(b.extraction().report().edition());
    }

    /**
     * One extraction of the chosen tables: the best fit's metadata and narrative, each table with its own reader's
     * derived values, provenance and diagnostics (a diagnostic of no field stays the best fit's).
     */
    static Extraction compose(Choice choice) {
        Report base = choice.best().extraction().report();
        Report composed = new Report(base.schemaVersion(), base.organization(), base.reportYear(),
                base.publishedOn(), base.edition(),
                choice.byTable().get(TableProof.ACTIVE).extraction().report().activeDisclosure(),
                choice.byTable().get(TableProof.APPLICATIONS).extraction().report().applications(),
                choice.byTable().get(TableProof.REVIEWS).extraction().report().reviewsAndLawsuits(),
                base.narrative());
        List<String> derived = new ArrayList<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Reading reading : distinct(choice)) {
            Extraction e = reading.extraction();
            e.derived().stream().filter(p -> readsFor(choice, reading, p)).forEach(derived::add);
            e.provenance().forEach((p, v) -> {
                if (readsFor(choice, reading, p)) {
                    provenance.put(p, v);
                }
            });
            e.diagnostics().stream().filter(d -> d.path() == null ? reading == choice.best()
                    : readsFor(choice, reading, d.path())).forEach(diagnostics::add);
        }
        choice.byTable().forEach((table, reading) -> {
            if (reading != choice.best()) {
                diagnostics.add(Diagnostic.info("TABLE_READ_BY", table, "table " + table + " is read by plugin "
                        + reading.plugin().id() + ", which proves " + reading.proves(table) + " of its values by the"
                        + " template's arithmetic and structure, rather than by " + choice.best().plugin().id()
                        + " (the best fit), which proves " + choice.best().proves(table)));
            } else if (choice.plugin() != reading.plugin() && reading.states(table) > 0) {
                // the record's format names table 三's reader: a table the best fit kept is named too
                diagnostics.add(Diagnostic.info("TABLE_READ_BY", table, "table " + table + " is read by plugin "
                        + reading.plugin().id() + ", the best fit, which proves " + reading.proves(table)
                        + " of its values; table " + TableProof.APPLICATIONS + " and the record's format are "
                        + choice.plugin().id() + "'s"));
            }
        });
        List<Disagreement> disagreements = choice.disagreements();
        if (disagreements.isEmpty()) {
            return new Extraction(composed, derived, provenance, diagnostics);
        }
        List<Diagnostic> why = new ArrayList<>();
        for (Disagreement d : disagreements) {
            why.add(Diagnostic.warning("READINGS_DISAGREE", d.path(), d.otherValue() == null
                    ? "plugin " + d.kept().plugin().id() + " read " + d.value() + " from the scan's OCR text, where"
                    + " plugin " + d.other().plugin().id() + ", reading the OCR'd cells, found no sure reading; the"
                    + " template's arithmetic does not prove it, so the value is left null"
                    : "plugin " + d.kept().plugin().id() + " read " + d.value() + " and plugin "
                    + d.other().plugin().id() + " read " + d.otherValue()
                    + "; the template's arithmetic proves neither, so the value is left null"));
        }
        return NulledValues.of(new Extraction(composed, derived, provenance, diagnostics),
                ReportPaths.flatten(composed), disagreements.stream().map(Disagreement::path).toList(), why);
    }

    private static List<Reading> distinct(Choice choice) {
        List<Reading> readings = new ArrayList<>(List.of(choice.best()));
        choice.byTable().values().stream().filter(r -> !readings.contains(r)).forEach(readings::add);
        return readings;
    }

    /** Whether {@code path} belongs to a table {@code reading} was chosen for, or to no table and it is the best. */
    private static boolean readsFor(Choice choice, Reading reading, String path) {
        for (String table : TableProof.TABLES) {
            if (path.equals(table) || path.startsWith(table + ".")) {
                return choice.byTable().get(table) == reading;
            }
        }
        return reading == choice.best();
    }
}
