package org.gioreport.template;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.ReportBuilder;

/**
 * Reads the report's organization, year and signature date from its title and signature. A date that
 * is garbled ("202117") or absent stays null with a diagnostic: it is never guessed.
 */
final class HeaderReader {

    private static final int TITLE_LINES = 12;
    /** A title is short; a longer line naming a year and a report is a sentence of the text. */
    private static final int MAX_TITLE = 60;
    private static final int SIGNATURE_LINES = 15;
    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})年度?");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            ".*(人民政府|政府|办公室|办公厅|局|委员会|委|办事处|街道|中心|院|署|厅|部|会|镇|乡|管委会|管理委员会|公司)$");
    private static final Pattern ISO_DATE = Pattern.compile("(20\\d{2})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern CN_DATE = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern HAN_DATE = Pattern.compile(
            "([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern PERIOD_YEAR = Pattern.compile("统计期限自(20\\d{2})年");

    private HeaderReader() {
    }

    public static void read(List<String> rawLines, ReportBuilder builder) {
        List<String> lines = new ArrayList<>();
        for (String l : rawLines) {
            lines.add(TemplateLabels.normalize(l));
        }
        String titleSubject = null;
        Integer year = null;
        Provenance yearSource = null;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_LINES; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            // a title wrapped over two lines ("…政府信息公开工" / "作报告") is read as one
            int nextLine = nextNonEmpty(lines, i);
            String next = nextLine < 0 ? null : lines.get(nextLine);
            String title = !line.contains("报告") && next != null && (line + next).contains("报告")
                    && (line + next).length() <= MAX_TITLE ? line + next : line;
            Matcher m = TITLE_YEAR.matcher(title);
            if (title.length() > MAX_TITLE || !title.contains("报告") || !m.find()) {
                continue;
            }
            year = Integer.parseInt(m.group(1));
            yearSource = Provenance.line(i + 1, TemplateLabels.trim(rawLines.get(i))
                    + (title.equals(line) ? "" : TemplateLabels.trim(rawLines.get(nextLine))));
            titleSubject = subject(title.substring(0, m.start()));
            if (titleSubject == null) {
                int gov = title.indexOf("政府信息公开", m.end());
                titleSubject = gov > m.end() ? subject(title.substring(m.end(), gov)) : null;
            }
            if (titleSubject == null) {
                titleSubject = previousOrganizationLine(lines, i);
            }
            break;
        }
        if (year == null) {
            int at = periodYearLine(lines);
            if (at >= 0) {
                Matcher m = PERIOD_YEAR.matcher(lines.get(at));
                m.find();
                year = Integer.parseInt(m.group(1));
                yearSource = Provenance.line(at + 1, TemplateLabels.trim(rawLines.get(at)));
            }
        }
        Signature signature = signature(lines, rawLines);
        String organization = chooseOrganization(titleSubject, signature.organization);
        builder.organization(organization).publishedOn(signature.date);
        if (year != null) {
            builder.read("reportYear", year, yearSource);
        }
        if (organization == null) {
            builder.diagnostic(Diagnostic.warning("ORGANIZATION_MISSING", "organization",
                    "neither the title nor the signature names the reporting body"));
        }
        if (year == null) {
            builder.diagnostic(Diagnostic.warning("YEAR_MISSING", "reportYear",
                    "the report year is stated neither in the title nor as 统计期限"));
        }
        if (signature.problem != null) {
            builder.diagnostic(signature.problem);
        }
    }

    private static String subject(String text) {
        String s = text.replaceAll("^[\\p{Punct}　、：:（）()\\[\\]【】《》\"]+", "").replaceAll("关于$", "");
        return s.length() >= 2 ? s : null;
    }

    private static int nextNonEmpty(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    private static String previousOrganizationLine(List<String> lines, int titleLine) {
        for (int j = titleLine - 1; j >= 0; j--) {
            String prev = lines.get(j);
            if (!prev.isEmpty()) {
                return ORG_SUFFIX.matcher(prev).matches() && prev.length() <= 40 ? prev : null;
            }
        }
        return null;
    }

    private static int periodYearLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 60); i++) {
            if (PERIOD_YEAR.matcher(lines.get(i)).find()) {
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

    private record Signature(String organization, String date, Diagnostic problem) {
    }

    /**
     * The signature: the last short organization line after 六、其他需要报告的事项, and the date after it.
     * The heading may appear twice (a PDF's outline repeats the headings after the text): the last
     * occurrence that is followed by a signature counts.
     */
    private static Signature signature(List<String> lines, List<String> rawLines) {
        Signature found = null;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("其他需要报告的事项")) {
                found = signatureAfter(lines, rawLines, i + 1);
                if (found.organization != null || found.date != null) {
                    return found;
                }
            }
        }
        Signature tail = signatureAfter(lines, rawLines, Math.max(0, lines.size() - SIGNATURE_LINES * 3));
        return found == null || tail.organization != null || tail.date != null ? tail : found;
    }

    private static Signature signatureAfter(List<String> lines, List<String> rawLines, int from) {
        String organization = null;
        int orgLine = -1;
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() >= 3 && l.length() <= 40 && ORG_SUFFIX.matcher(l).matches() && !l.matches(".*[，。；：:].*")) {
                organization = l;
                orgLine = i;
            }
        }
        String garbled = null;
        for (int i = Math.max(from, orgLine); i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty() || l.length() > 24) {
                continue;
            }
            String date = parseDate(l);
            if (date != null) {
                return new Signature(organization, date, null);
            }
            if (garbled == null && l.replaceAll("\\D", "").length() >= 4 && l.matches("[\\d年月日\\-./〇零一二三四五六七八九十]+")) {
                garbled = TemplateLabels.trim(rawLines.get(i));
            }
        }
        Diagnostic problem = garbled != null
                ? Diagnostic.warning("DATE_GARBLED", "publishedOn", "the signature date reads \"" + garbled
                + "\", which is not a complete date (characters lost in extraction); left null")
                : Diagnostic.info("DATE_MISSING", "publishedOn", "no signature date was found; left null");
        return new Signature(organization, null, problem);
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
