package org.gioreport.cli;

import java.util.Comparator;
import java.util.List;
import org.gioreport.core.text.EditDistance;
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
                .filter(name -> EditDistance.between(typed, name) <= MOST_SLIPS)
                .sorted(Comparator.comparingInt(name -> EditDistance.between(typed, name)))
                .toList();
    }
}
