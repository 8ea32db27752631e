package org.gioreport.formats.joinedcells;

import java.util.List;

/**
 * A run of joined cells with what the template says about it: the row it stands in (from its label and
 * the template order), the shapes of that row's columns and the row's own sum rules.
 *
 * @param run            the run as written
 * @param label          the label text before it (headers included), for messages
 * @param path           the row's path ({@code applications.disclosed}, {@code activeDisclosure.licensing},
 *                       {@code reviewsAndLawsuits}); null when the row is not known
 * @param applicationRow the 三 row name (below {@code applications.}) when recognised, for the rules across
 *                       rows; else null
 * @param columns        the shapes of the row's columns; empty when the columns are not known
 * @param rules          the row's sum rules
 * @param unknownWhy     why the columns are not known (empty {@code columns}), else null
 */
record PlannedRun(Segment.Run run, String label, String path, String applicationRow, List<CellKind> columns,
                  List<SumRule> rules, String unknownWhy) {

    /** The rules a row's split must satisfy, described for messages. */
    String rulesDescribed() {
        return rules.isEmpty() ? "the cells' shapes" : "the cells' shapes and the row's totals";
    }
}
