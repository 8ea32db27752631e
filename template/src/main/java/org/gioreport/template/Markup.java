package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup in a text is never a value: an HTML tag, its attributes ({@code style="width:149px"}), a style sheet's
 * declarations, a URL, a file name. A page whose raw HTML reached the text layouts once had its CSS widths read as
 * table cells (issue 19). {@link #blankOut} turns such spans into spaces, keeping every other character in its
 * column; {@link #isMarkup} tells a text that is mostly markup, which no text layout reads.
 */
public final class Markup {

    /** A tag, a comment, a doctype or an XML declaration, attributes and all. */
    private static final Pattern TAG = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9:-]*(?:\\s+[^<>]*)?/?>|<!--.*?(?:-->|$)|<![A-Za-z][^<>]*>|<\\?[^<>]*\\?>");
    /** One style declaration ({@code font-size: 12pt;}), or a rule's braces. */
    private static final Pattern STYLE = Pattern.compile(
            "(?<![A-Za-z0-9])[a-z][a-z-]*\\s*:\\s*[^;{}<>\\u3000-\\u9fff\\uff00-\\uffef]*;|[{}]");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s<>\"'，。；、）)]+");
    /** A file name: letters, digits and Chinese characters before a document or image extension. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w\\u4e00-\\u9fff()（）\\-—.]*\\.(?:pdf|docx?|xlsx?|wps|html?|shtml|jsp|aspx?|php|jpe?g|png|gif"
                    + "|zip|rar|txt|csv)(?![A-Za-z])");
    /** The spans blanked on any line: tags, then URLs and file names outside them. */
    private static final List<Pattern> SPANS = List.of(TAG, URL, FILE_NAME);
    /** A text where at least this share of its non-blank lines carries markup is markup, not a report's text. */
    private static final double MARKUP_SHARE = 0.2;

    private Markup() {
    }

    /** The lines with every markup span (tags, style declarations, URLs, file names) turned into spaces. */
    public static List<String> blankOut(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(blankOut(line));
        }
        return out;
    }

    static String blankOut(String line) {
        if (line.indexOf('<') < 0 && line.indexOf(':') < 0 && line.indexOf('.') < 0 && line.indexOf('{') < 0
                && line.indexOf('}') < 0) {
            return line; // the common case, a line of text and numbers: nothing to look for
        }
        StringBuilder text = new StringBuilder(line);
        for (Pattern pattern : SPANS) {
            blank(text, pattern);
        }
        if (isStyleLine(text)) {
            return " ".repeat(line.length()); // a style sheet's line: selectors ("h1", "td") and declarations
        }
        return text.toString();
    }

    /** Whether a share of the text's lines carry tags or style declarations: raw markup, not a report's text. */
    public static boolean isMarkup(List<String> lines) {
        int nonBlank = 0;
        int markup = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            nonBlank++;
            // a tag needs a '<', a style declaration a ':' or a brace: a line of text has neither, no pattern runs
            boolean mayTag = line.indexOf('<') >= 0;
            boolean mayStyle = line.indexOf(':') >= 0 || line.indexOf('{') >= 0 || line.indexOf('}') >= 0;
            if ((mayTag && TAG.matcher(line).find()) || (mayStyle && isStyleLine(line))) {
                markup++;
            }
        }
        return markup > 0 && markup >= MARKUP_SHARE * nonBlank;
    }

    /** Style declarations only count on a line made of them (or in braces), never a sentence with a colon. */
    private static boolean isStyleLine(CharSequence line) {
        Matcher m = STYLE.matcher(line);
        int declarations = 0;
        int covered = 0;
        while (m.find()) {
            declarations++;
            covered += m.end() - m.start();
        }
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            visible += isRegexSpace(line.charAt(i)) ? 0 : 1;
        }
        return declarations > 0 && covered * 2 >= visible;
    }

    /** The white space of {@code \s}: the characters not counted as visible, without a regex per line. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    private static void blank(StringBuilder text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }
}
