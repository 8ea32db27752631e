package org.gioreport.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's label cut where PDF text may have joined two rows' words. When a label cell is taller than its row,
 * Tika prints the first half of the label above the numbers and the rest below them, so the words gathered
 * before the next row's numbers start with the last words of the row above ("大量反复申请") on a line of their
 * own. A label starts with its item mark ("5．", "（六）", "四、"): lines before the first line that starts with
 * one {@link #carried() continue the row above}. Without such a mark the first line is only
 * {@link #firstLineUncertain() uncertain}: it may be the row above's last words or this row's first.
 *
 * @param carried    normalized words proven to continue the row above (empty when none are)
 * @param own        normalized words that are this row's, or may be
 * @param afterFirst normalized words after the label's first line
 * @param firstLineUncertain whether the label spans lines and its first line may be the row above's
 * @param ownLines   the normalized lines of {@code own}, in order
 */
record LabelSegments(String carried, String own, String afterFirst, boolean firstLineUncertain,
        List<String> ownLines) {

    private static final Pattern ITEM_MARK =
            Pattern.compile("\\d{1,2}[.、](?!\\d)|\\([一二三四五六七八九十\\d]{1,2}\\)|[一二三四五六七八九十]{1,2}、");

    static LabelSegments of(TableRow row) {
        List<String> lines = row.labelLines().stream().map(TemplateLabels::normalize)
                .flatMap(line -> cutAtInnerMark(line).stream()).toList();
        String label = row.normalizedLabel();
        if (lines.size() < 2) {
            return new LabelSegments("", label, "", false, List.of(label));
        }
        boolean firstMarked = marked(lines.get(0));
        int laterMarked = -1;
        for (int i = 1; i < lines.size() && laterMarked < 0; i++) {
            laterMarked = marked(lines.get(i)) ? i : -1;
        }
        String afterFirst = String.join("", lines.subList(1, lines.size()));
        if (!firstMarked && laterMarked > 0) {
            List<String> own = lines.subList(laterMarked, lines.size());
            return new LabelSegments(String.join("", lines.subList(0, laterMarked)), String.join("", own), afterFirst,
                    false, own);
        }
        boolean firstIsThisRows = firstMarked && laterMarked < 0;
        return new LabelSegments("", label, afterFirst, !firstIsThisRows, lines);
    }

    /**
     * A label line that does not start with an item mark but has one inside ("国家秘密 2.其他法") is two rows' words
     * that lost the line break between them: the words before the mark are the row above's, as if on their own line.
     */
    private static List<String> cutAtInnerMark(String normalizedLine) {
        Matcher mark = ITEM_MARK.matcher(normalizedLine);
        if (!mark.find() || mark.start() == 0) {
            return List.of(normalizedLine);
        }
        return List.of(normalizedLine.substring(0, mark.start()), normalizedLine.substring(mark.start()));
    }

    /** Whether the row's own label (after words carried from the row above) starts with an item mark ("8．", "（四）"). */
    static boolean startsWithItemMark(TableRow row) {
        return !row.labelLines().isEmpty() && marked(of(row).ownLines().get(0));
    }

    /** The index of the last of {@link #ownLines()} that starts with an item mark, or -1. */
    int lastMarkedLine() {
        for (int i = ownLines.size() - 1; i >= 0; i--) {
            if (marked(ownLines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an item mark stands anywhere in the row's label. */
    static boolean hasItemMark(TableRow row) {
        return ITEM_MARK.matcher(row.normalizedLabel()).find();
    }

    private static boolean marked(String normalizedLine) {
        return ITEM_MARK.matcher(normalizedLine).lookingAt();
    }
}
