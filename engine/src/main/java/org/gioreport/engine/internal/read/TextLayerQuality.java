package org.gioreport.engine.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gioreport.engine.internal.read.TextAndTablesHandler.PageSpan;

/**
 * How far one PDF page's text layer is text. Government PDFs are often typeset with GBK fonts embedded without a
 * ToUnicode map: the page looks right, but its text layer extracts as private-use characters, U+FFFD, control
 * characters, or the fonts' glyph codes read as ASCII and Latin-1 letters and digits ({@code !"#$%0123}), which
 * must never become values. Such a page is read by OCR instead ({@code TEXT_LAYER_UNUSABLE}).
 *
 * <p>A page is unusable when it has a text layer (at least {@link ScannedPages#MIN_TEXT_CHARACTERS} visible
 * characters), holds none of the words every report's pages carry ({@link #TEMPLATE_WORDS}), and is glyph garbage:
 * at least {@link #MAX_BROKEN_SHARE} of its characters are private-use, replacement or control characters (Tika
 * writes a control character as U+FFFD), or at least {@link #MAX_MOJIBAKE_SHARE} are Latin-1 or Latin Extended
 * letters and signs (GBK bytes read as single-byte characters). A page with one template word is text, whatever stray
 * symbols it shows; a page of English or French text is text too: only glyph codes that come out as plain ASCII
 * letters and digits, with no control character among them, pass as text (their words are no report's: its fields
 * stay null, as for any document that is no report).
 *
 * @param visible    non-space characters
 * @param privateUse characters of the private-use areas
 * @param replacement U+FFFD and unassigned code points
 * @param control    control characters other than white space
 * @param mojibake   Latin-1 and Latin Extended characters (U+0080–U+024F)
 */
record TextLayerQuality(int page, int visible, int privateUse, int replacement, int control, int mojibake,
                        boolean templateWords) {

    /** Words the pages of a 政府信息公开 report carry: its title, its tables' labels, its sentences. */
    static final List<String> TEMPLATE_WORDS = List.of("政府信息公开", "信息公开", "申请", "行政复议", "行政诉讼",
            "本年", "年度报告", "公开");
    static final double MAX_BROKEN_SHARE = 0.10;
    static final double MAX_MOJIBAKE_SHARE = 0.30;

    static TextLayerQuality of(int page, String text) {
        int visible = 0;
        int privateUse = 0;
        int replacement = 0;
        int control = 0;
        int mojibake = 0;
        for (int c : text.codePoints().toArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            visible++;
            int type = Character.getType(c);
            if (type == Character.PRIVATE_USE) {
                privateUse++;
            } else if (c == 0xFFFD || type == Character.UNASSIGNED || type == Character.SURROGATE) {
                replacement++;
            } else if (type == Character.CONTROL || type == Character.FORMAT && c != 0x200B && c != 0xFEFF) {
                control++;
            } else if (c >= 0x80 && c <= 0x24F) {
                mojibake++;
            }
        }
        String compact = text.replaceAll("[\\s\u3000]+", "");
        boolean words = TEMPLATE_WORDS.stream().anyMatch(compact::contains);
        return new TextLayerQuality(page, visible, privateUse, replacement, control, mojibake, words);
    }

    /** The unusable pages of a paged text, page {@code i + 1} being {@code pages.get(i)}. */
    static List<TextLayerQuality> unusable(String text, List<PageSpan> pages) {
        List<TextLayerQuality> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            TextLayerQuality quality = of(p + 1, text.substring(pages.get(p).start(), pages.get(p).end()));
            if (!quality.usable()) {
                out.add(quality);
            }
        }
        return out;
    }

    /** The text without the given pages (1-based), for a reading that must not see their garbage. */
    static String without(String text, List<PageSpan> pages, Set<Integer> left) {
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (int p = 0; p < pages.size(); p++) {
            if (left.contains(p + 1)) {
                kept.append(text, from, pages.get(p).start());
                from = pages.get(p).end();
            }
        }
        return kept.append(text, from, text.length()).toString();
    }

    boolean usable() {
        return visible < ScannedPages.MIN_TEXT_CHARACTERS || templateWords
                || share(privateUse + replacement + control) < MAX_BROKEN_SHARE && share(mojibake) < MAX_MOJIBAKE_SHARE;
    }

    private double share(int count) {
        return visible == 0 ? 0 : (double) count / visible;
    }

    /** What was measured, for the diagnostic: {@code page 2: 873 characters, 0 % private-use, …}. */
    String describe() {
        return "page " + page + ": " + visible + " characters, " + percent(privateUse) + " private-use, "
                + percent(replacement) + " replacement, " + percent(control) + " control, " + percent(mojibake)
                + " Latin-1, no template word";
    }

    private String percent(int count) {
        return Math.round(100 * share(count)) + " %";
    }

    /** The pages' numbers and measures, for a diagnostic. */
    static String describe(List<TextLayerQuality> pages) {
        return String.join("; ", pages.stream().map(TextLayerQuality::describe).toList());
    }
}
