package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.template.TemplateLabels;

/**
 * The segments of a text's tables: from the first table-head word ({@link TemplateLabels#TABLE_HEAD}) to the
 * heading after the tables ({@link TemplateLabels#AFTER_TABLES}), cut inside a line where a whole page's
 * text sits on one line. Prose outside holds numbers joined to words too (全年公开信息123条), never cells.
 */
final class TableSegments {

    private TableSegments() {
    }

    static List<Segment> of(List<String> lines) {
        List<Segment> out = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = TemplateLabels.trim(lines.get(i));
            int from = 0;
            if (!inside) {
                from = firstIndex(line, TemplateLabels.TABLE_HEAD, 0);
                if (from < 0) {
                    continue;
                }
                inside = true;
            }
            int to = firstIndex(line, TemplateLabels.AFTER_TABLES, from);
            out.addAll(RunScanner.scan(line, i + 1, from, to < 0 ? line.length() : to));
            if (to >= 0) {
                break;
            }
        }
        return out;
    }

    /** Where the first of {@code words} starts in {@code line} at or after {@code from}; -1 when none does. */
    private static int firstIndex(String line, List<String> words, int from) {
        int best = -1;
        for (String w : words) {
            int at = line.indexOf(w, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
