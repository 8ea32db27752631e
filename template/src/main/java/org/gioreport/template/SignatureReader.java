package org.gioreport.template;

import java.util.List;
import org.gioreport.core.model.Diagnostic;

/**
 * The report's signature (落款): the body's name and the date below it, at the end of section 六. On a web page
 * the report is followed by link lists, related articles with their dates and the site's footer; a name there
 * (a link "市发展和改革委", an event "第十届进出口商品交易会") is not a signature, so the signature is read only
 * up to the first footer line ({@link SiteChrome#FOOTER}), and a name counts only where a signature
 * stands: right above the date, or alone as the report's last line.
 */
final class SignatureReader {

    private static final int SIGNATURE_LINES = 15;
    /** A date line of a signature is short; a longer one is a sentence of the text. */
    private static final int MAX_DATE_LINE = 40;
    /** A date alone: 二〇二一年十二月三十一日 is 12 characters; more is a sentence holding a date. */
    private static final int MAX_DATE = 14;

    /** A signature's body (or null), its ISO date (or null) and why a date is missing. */
    record Signature(String organization, String date, Diagnostic problem) {
    }

    private SignatureReader() {
    }

    /**
     * The signature after the last 六、其他需要报告的事项 followed by one (a PDF's outline repeats the headings after the
     * text), else at the end of the report's text.
     */
    static Signature read(List<String> lines, List<String> rawLines) {
        Signature found = null;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("其他需要报告的事项")) {
                found = readBetween(lines, rawLines, i + 1, reportEnd(lines, i + 1));
                if (found.organization() != null || found.date() != null) {
                    return found;
                }
            }
        }
        int end = reportEnd(lines, lastTableLine(lines));
        Signature tail = readBetween(lines, rawLines, Math.max(0, end - SIGNATURE_LINES * 3), end);
        return found == null || tail.organization() != null || tail.date() != null ? tail : found;
    }

    /** The first footer line from {@code from} on, or the end of the text. */
    static int reportEnd(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (SiteChrome.AFTER_TEXT.stream().anyMatch(l::startsWith)
                    || l.length() <= MAX_DATE_LINE && SiteChrome.FOOTER.stream().anyMatch(l::contains)) {
                return i;
            }
        }
        return lines.size();
    }

    private static int lastTableLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String l = lines.get(i);
            if (l.contains("总计") || TemplateLabels.AFTER_TABLES.stream().anyMatch(l::contains)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The first line of the signature between {@code from} and {@code end}: the body's name right above the
     * signature date, else the date line; {@code end} when no signature date is there.
     */
    static int signatureStart(List<String> lines, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (isSignatureDate(lines.get(i))) {
                int above = ReportTitle.previousNonEmpty(lines, i);
                return above >= from && OrganizationName.isSignatureName(lines.get(above)) ? above : i;
            }
        }
        return end;
    }

    /** A short line holding a date alone, or a body's name and its date ("某某局 2025年1月20日"). */
    private static boolean isSignatureDate(String l) {
        if (l.isEmpty() || l.length() > MAX_DATE_LINE || HeaderReader.parseDate(l) == null) {
            return false;
        }
        String signed = signedBefore(l);
        return signed != null && l.length() - signed.length() <= MAX_DATE;
    }

    private static Signature readBetween(List<String> lines, List<String> rawLines, int from, int end) {
        int dateLine = -1;
        String date = null;
        String garbled = null;
        for (int i = end - 1; i >= from && dateLine < 0; i--) {
            String l = lines.get(i);
            if (l.isEmpty() || l.length() > MAX_DATE_LINE) {
                continue;
            }
            String d = HeaderReader.parseDate(l);
            if (isSignatureDate(l)) {
                date = d;
                dateLine = i;
            } else if (d == null && isGarbledDate(l)) {
                garbled = TemplateLabels.trim(rawLines.get(i));
                dateLine = i;
            }
        }
        String organization = dateLine >= 0 ? nameAbove(lines, dateLine, from) : lastLoneName(lines, from, end);
        if (date != null) {
            String sameLine = signedBefore(lines.get(dateLine));
            return new Signature(sameLine.isEmpty() ? organization : sameLine, date, null);
        }
        Diagnostic problem = garbled != null
                ? Diagnostic.warning("DATE_GARBLED", "publishedOn", "the signature date reads \"" + garbled
                + "\", which is not a complete date (characters lost in extraction); left null")
                : Diagnostic.info("DATE_MISSING", "publishedOn", "no signature date was found; left null");
        return new Signature(organization, null, problem);
    }

    /**
     * What a date line holds before its date: "" for a date alone, the body for "某某局 2025年1月20日", null when it is
     * anything else ("发布日期：", a sentence): then the date is not a signature's.
     */
    private static String signedBefore(String dateLine) {
        int at = 0;
        while (at < dateLine.length() && !Character.isDigit(dateLine.charAt(at)) && "二〇零○Ｏ".indexOf(dateLine.charAt(at)) < 0) {
            at++;
        }
        String before = dateLine.substring(0, at);
        return before.isEmpty() || OrganizationName.isSignatureName(before) ? before : null;
    }

    private static boolean isGarbledDate(String l) {
        return l.replaceAll("\\D", "").length() >= 4 && l.matches("[\\d年月日\\-./〇零一二三四五六七八九十]+");
    }

    /** The body on the line right above the signature date, if that line is a body's name. */
    private static String nameAbove(List<String> lines, int dateLine, int from) {
        int above = ReportTitle.previousNonEmpty(lines, dateLine);
        return above >= from && OrganizationName.isSignatureName(lines.get(above)) ? lines.get(above) : null;
    }

    /** With no date: the report's last line, if it is a body's name standing alone (not one of a list of names). */
    private static String lastLoneName(List<String> lines, int from, int end) {
        int last = ReportTitle.previousNonEmpty(lines, end);
        if (last < from || !OrganizationName.isSignatureName(lines.get(last))) {
            return null;
        }
        int above = ReportTitle.previousNonEmpty(lines, last);
        return above >= from && OrganizationName.isSignatureName(lines.get(above)) ? null : lines.get(last);
    }
}
