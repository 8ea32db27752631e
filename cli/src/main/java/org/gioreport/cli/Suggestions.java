package org.gioreport.cli;

import java.util.List;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a mistyped command or option. picocli ranks every name by similarity and offers the first
 * three, however unlike ("normalise" gets "normalize or validate or schema"); only names within two typing slips
 * (letters added, dropped or changed) of what was typed are offered here, so "xyzzy" gets none.
 */
final class Suggestions {

    static final int MOST_SLIPS = 2;

    private Suggestions() {
    }

    /** The names offered for the first unmatched argument, closest first; empty when none is close. */
    static List<String> of(UnmatchedArgumentException ex) {
        List<String> unmatched = ex.getUnmatched();
        if (unmatched.isEmpty()) {
            return List.of();
        }
        String typed = unmatched.get(0).split("=", 2)[0];
        return ex.getSuggestions().stream()
                .filter(name -> slips(typed, name) <= MOST_SLIPS)
                .sorted((a, b) -> Integer.compare(slips(typed, a), slips(typed, b)))
                .toList();
    }

    /** The edit distance (Levenshtein) between two words. */
    static int slips(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
