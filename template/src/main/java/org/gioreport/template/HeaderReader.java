package org.gioreport.template;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.ReportBuilder;

/**
 * Reads the report's organization, year and signature date from its title ({@link ReportTitle}) and signature
 * ({@link SignatureReader}), else from a page's info bar or the sentence announcing the report
 * ({@link BodyNamedElsewhere}). A date that is garbled ("202117") or absent stays null with a diagnostic, and so does
 * a body named nowhere but in page chrome: neither is ever guessed.
 */
final class HeaderReader {

    /** The statistics period of the introduction: 统计期限自2024年1月1日起…, 统计期限为2025年1月1日至…. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "统计(?:期限|时限|期间|区间|时间|时段)(?:为|是)?(?:自|从)?(20\\d{2})年(?:0?1|一)月");
    /** The introduction announcing the report: 现将本局2024年度政府信息公开工作情况报告如下, 现公布…年度报告. */
    private static final Pattern ANNOUNCED_YEAR = Pattern.compile(
            "(?:现将|现予|现公布|现发布|特发布|予以公布|向社会公布)[^。；，]{0,40}?(20\\d{2})年度?政府信息公开");
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern CN_DATE = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern HAN_DATE = Pattern.compile(
            "([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    private HeaderReader() {
    }

    public static void read(List<String> rawLines, ReportBuilder builder) {
        read(rawLines, rawLines.stream().map(TemplateLabels::normalize).toList(), builder);
    }

    /** Reads with the lines already normalized ({@link ReportText#normalizedLines}), once per document. */
    static void read(List<String> rawLines, List<String> lines, ReportBuilder builder) {
        ReportTitle title = ReportTitle.find(lines);
        Integer year = null;
        Provenance yearSource = null;
        if (title != null && title.year() != null) {
            year = title.year();
            StringBuilder text = new StringBuilder(TemplateLabels.trim(rawLines.get(title.line())));
            if (title.lastLine() != title.line()) {
                text.append(TemplateLabels.trim(rawLines.get(title.lastLine())));
            }
            yearSource = Provenance.line(title.line() + 1, text.toString());
        } else {
            for (Pattern statement : List.of(PERIOD_YEAR, ANNOUNCED_YEAR)) {
                int at = firstLineMatching(lines, statement);
                if (at >= 0 && year == null) {
                    Matcher m = statement.matcher(lines.get(at));
                    m.find();
                    year = Integer.parseInt(m.group(1));
                    yearSource = Provenance.line(at + 1, TemplateLabels.trim(rawLines.get(at)));
                }
            }
        }
        SignatureReader.Signature signature = SignatureReader.read(lines, rawLines);
        String organization = chooseOrganization(title == null ? null : title.subject(), signature.organization());
        if (organization == null) {
            organization = BodyNamedElsewhere.find(lines);
        }
        builder.organization(organization).publishedOn(signature.date());
        if (year != null) {
            builder.read("reportYear", year, yearSource);
        }
        if (organization == null) {
            builder.diagnostic(Diagnostic.warning("ORGANIZATION_MISSING", "organization",
                    "no body is named by the title, the signature, an info bar's 发布机构 or the sentence announcing"
                            + " the report (page chrome is never read as the body)"));
        }
        if (year == null) {
            builder.diagnostic(Diagnostic.warning("YEAR_MISSING", "reportYear",
                    "the report year is stated neither in the title nor as 统计期限"));
        }
        if (signature.problem() != null) {
            builder.diagnostic(signature.problem());
        }
    }

    private static int firstLineMatching(List<String> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The title's subject, unless the signature gives the same body's fuller name (安丘市柘山镇人民政府). */
    static String chooseOrganization(String title, String signature) {
        if (title == null) {
            return signature;
        }
        if (signature == null || signature.equals(title)) {
            return title;
        }
        String core = title.replaceAll("(人民政府|政府)$", "");
        return signature.contains(core) && signature.length() > title.length() ? signature : title;
    }

    /** An ISO date for a line holding a date in one of the usual forms, else null. */
    static String parseDate(String normalizedLine) {
        for (Pattern p : List.of(CN_DATE, ISO_DATE)) {
            Matcher m = p.matcher(normalizedLine);
            if (m.find()) {
                return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        Matcher m = HAN_DATE.matcher(normalizedLine);
        if (m.find()) {
            int year = 0;
            for (char c : m.group(1).toCharArray()) {
                year = year * 10 + hanDigit(c);
            }
            return iso(year, hanNumber(m.group(2)), hanNumber(m.group(3)));
        }
        return null;
    }

    private static String iso(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int hanDigit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            default -> "一二三四五六七八九".indexOf(c) + 1;
        };
    }

    /** 一 … 三十一. */
    private static int hanNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return hanDigit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : hanDigit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : hanDigit(s.charAt(ten + 1));
        return tens * 10 + units;
    }
}
