package org.gioreport.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The dotted field paths of each edition, in template order, as named lists derived from the
 * {@link FieldCatalog}. Paths are how diagnostics, {@code derived}, provenance, fixtures and the CSV export
 * name a field.
 */
public final class ReportFields {

    public static final String EDITION_2019 = "2019";
    public static final String EDITION_2021 = "2021";
    /** A dotted field path such as {@code applications.notDisclosed.stateSecret.naturalPerson}. */
    public static final String PATH_PATTERN = "[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*";
    /** The template editions, oldest first. */
    public static final List<String> EDITIONS = List.of(EDITION_2019, EDITION_2021);

    /** The three rows of 其他处理 in the 2021 edition, below {@code applications.}. */
    public static final List<String> OTHER_HANDLING_DETAIL = relative("applications.",
            rowsOf("applications.otherHandlingDetail", EDITION_2021));
    /** The groups of table 四, below {@code reviewsAndLawsuits.}. */
    public static final List<String> REVIEW_GROUPS = relative("reviewsAndLawsuits.",
            rowsOf("reviewsAndLawsuits", EDITION_2021));
    /** The report's values above the tables. */
    public static final List<String> METADATA = select(EDITION_2021, FieldCatalog.Field::isMetadata);
    /** {@link #required} of each edition: asked for every result, so listed once. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            EDITION_2019, select(EDITION_2019, f -> f.isMetadata() || f.isNumber()),
            EDITION_2021, select(EDITION_2021, f -> f.isMetadata() || f.isNumber()));
    /*
     * The lists below are asked for per document, per row and per plugin reading it: each is listed once per
     * edition here, not filtered out of the catalog again on every call.
     */
    private static final Map<String, List<String>> APPLICATION_ROWS =
            perEdition(e -> relative("applications.", rowsOf("applications", e)));
    private static final Map<String, List<String>> ACTIVE_DISCLOSURE =
            perEdition(e -> numbersBelow("activeDisclosure.", e));
    private static final Map<String, List<String>> APPLICATIONS = perEdition(e -> numbersBelow("applications.", e));
    private static final Map<String, List<String>> NUMERIC = perEdition(e -> select(e, FieldCatalog.Field::isNumber));
    private static final List<String> REVIEWS = numbersBelow("reviewsAndLawsuits.", EDITION_2021);
    /** {@link #activeColumns} of each edition's 二 items: edition → item → columns. */
    private static final Map<String, Map<String, List<String>>> ACTIVE_COLUMNS = Map.of(
            EDITION_2019, activeColumnsOf(EDITION_2019), EDITION_2021, activeColumnsOf(EDITION_2021));

    private ReportFields() {
    }

    /** Application rows of an edition in template order (2021: otherHandling, then its three detail rows). */
    public static List<String> applicationRows(String edition) {
        return APPLICATION_ROWS.get(checked(edition));
    }

    /** The 二 fields of an edition as {@code activeDisclosure.<item>.<column>} paths. */
    public static List<String> activeDisclosure(String edition) {
        return ACTIVE_DISCLOSURE.get(checked(edition));
    }

    public static List<String> applications(String edition) {
        return APPLICATIONS.get(checked(edition));
    }

    public static List<String> reviews() {
        return REVIEWS;
    }

    /** The numbers of one 二 item in an edition, e.g. {@code newlyMade, newlyPublished, totalPublished}. */
    public static List<String> activeColumns(String edition, String item) {
        List<String> known = ACTIVE_COLUMNS.get(checked(edition)).get(item);
        return known != null ? known : activeColumnsOf(edition, item);
    }

    private static Map<String, List<String>> activeColumnsOf(String edition) {
        Map<String, List<String>> columns = new HashMap<>();
        for (FieldCatalog.Field item : FieldCatalog.children("activeDisclosure", edition)) {
            columns.put(item.name(), activeColumnsOf(edition, item.name()));
        }
        return columns;
    }

    private static List<String> activeColumnsOf(String edition, String item) {
        String prefix = "activeDisclosure." + item + ".";
        return relative(prefix, numbersBelow(prefix, edition));
    }

    /** Every numeric field of an edition, in template order. */
    public static List<String> numeric(String edition) {
        return NUMERIC.get(checked(edition));
    }

    /** The fields whose absence makes a report {@code partial}: metadata and every numeric field. */
    public static List<String> required(String edition) {
        return REQUIRED.get(checked(edition));
    }

    private static List<String> numbersBelow(String prefix, String edition) {
        return select(checked(edition), f -> f.isNumber() && f.path().startsWith(prefix));
    }

    private static Map<String, List<String>> perEdition(Function<String, List<String>> list) {
        return Map.of(EDITION_2019, list.apply(EDITION_2019), EDITION_2021, list.apply(EDITION_2021));
    }

    private static List<String> select(String edition, Predicate<FieldCatalog.Field> which) {
        return FieldCatalog.fields().stream().filter(f -> f.in(edition) && which.test(f))
                .map(FieldCatalog.Field::path).toList();
    }

    /** The table rows (objects of counts) at or below {@code path}: rows inside a group are listed in place. */
    private static List<String> rowsOf(String path, String edition) {
        List<String> out = new ArrayList<>();
        for (FieldCatalog.Field f : FieldCatalog.children(path, edition)) {
            if (f.type() == ApplicantCounts.class || f.type() == OutcomeCounts.class) {
                out.add(f.path());
            } else if (!f.isValue()) {
                out.addAll(rowsOf(f.path(), edition));
            }
        }
        return out;
    }

    private static List<String> relative(String prefix, List<String> paths) {
        return paths.stream().map(p -> p.substring(prefix.length())).toList();
    }

    private static String checked(String edition) {
        if (!EDITIONS.contains(edition)) {
            throw new IllegalArgumentException("not a template edition: " + edition);
        }
        return edition;
    }
}
