package org.gioreport.results.series;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body's name as a key for grouping reports of different years: full-width letters and digits made
 * half-width (NFKC) and every kind of space removed. {@link #shorterForms} offers the name without a
 * higher-level place written before the body's own (安丘市柘山镇人民政府 may stand for 柘山镇人民政府); the
 * grouping decides whether such a form is used.
 */
final class BodyName {

    private static final String LEVEL = "(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|区|旗)";
    /** A run of places above a body, each a name of two or more characters ending in its level. */
    private static final Pattern PLACES = Pattern.compile("(?:\\p{IsHan}{2,8}?" + LEVEL + ")+");
    /** A name that names its own place first (柘山镇人民政府, 桂花街道办事处, 梅岭县人力资源和社会保障局). */
    private static final Pattern OWN_PLACE = Pattern.compile("\\p{IsHan}{2,10}?(?:镇|乡|街道|县|区|市|旗|苏木)\\p{IsHan}{2,}");

    private BodyName() {
    }

    /** The key of {@code name}: NFKC, without spaces; null for null or blank. */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000\\u00A0\\u200B]+", "");
        return key.isEmpty() ? null : key;
    }

    /**
     * The keys this one may stand for once a place prefix is taken off, longest first: each split where the
     * prefix is a run of places and what is left names its own place (柘山镇人民政府, never 人民政府办公室).
     */
    static List<String> shorterForms(String key) {
        List<String> forms = new ArrayList<>();
        Matcher level = Pattern.compile(LEVEL).matcher(key);
        while (level.find()) {
            String prefix = key.substring(0, level.end());
            String rest = key.substring(level.end());
            if (PLACES.matcher(prefix).matches() && OWN_PLACE.matcher(rest).matches()) {
                forms.add(rest);
            }
        }
        return forms;
    }
}
