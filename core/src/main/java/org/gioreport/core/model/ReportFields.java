package org.gioreport.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The dotted field paths of each edition, in template order. Paths are how diagnostics, {@code derived},
 * provenance, fixtures and the CSV export name a field.
 */
public final class ReportFields {

    public static final String EDITION_2019 = "2019";
    public static final String EDITION_2021 = "2021";
    /** A dotted field path such as {@code applications.notDisclosed.stateSecret.naturalPerson}. */
    public static final String PATH_PATTERN = "[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*";
    /** The template editions, oldest first. */
    public static final List<String> EDITIONS = List.of(EDITION_2019, EDITION_2021);

    /** Application rows common to both editions, in template order, without the trailing totals. */
    public static final List<String> APPLICATION_ROWS_COMMON = List.of(
            "newlyReceived", "carriedOver", "disclosed", "partiallyDisclosed",
            "notDisclosed.stateSecret", "notDisclosed.prohibitedByLaw", "notDisclosed.securityStability",
            "notDisclosed.thirdPartyRights", "notDisclosed.internalAffairs", "notDisclosed.processInformation",
            "notDisclosed.enforcementFiles", "notDisclosed.queryMatters",
            "unableToProvide.notHeld", "unableToProvide.needsCreation", "unableToProvide.unclearAfterCorrection",
            "notProcessed.complaints", "notProcessed.duplicates", "notProcessed.publications",
            "notProcessed.excessive", "notProcessed.confirmations",
            "otherHandling");
    public static final List<String> OTHER_HANDLING_DETAIL = List.of(
            "otherHandlingDetail.overdueCorrection", "otherHandlingDetail.unpaidFees", "otherHandlingDetail.other");
    public static final List<String> REVIEW_GROUPS = List.of("review", "lawsuitDirect", "lawsuitAfterReview");
    public static final List<String> METADATA = List.of("organization", "reportYear", "publishedOn", "edition");

    private ReportFields() {
    }

    /** Application rows of an edition in template order (2021: otherHandling, then its three detail rows). */
    public static List<String> applicationRows(String edition) {
        List<String> rows = new ArrayList<>(APPLICATION_ROWS_COMMON);
        if (EDITION_2021.equals(edition)) {
            rows.addAll(OTHER_HANDLING_DETAIL);
        }
        rows.add("totalHandled");
        rows.add("carriedForward");
        return rows;
    }

    /** The 二 fields of an edition as {@code activeDisclosure.<item>.<column>} paths. */
    public static List<String> activeDisclosure(String edition) {
        List<String> out = new ArrayList<>();
        String a = "activeDisclosure.";
        if (EDITION_2019.equals(edition)) {
            for (String item : List.of("regulations", "normativeDocuments")) {
                for (String c : List.of("newlyMade", "newlyPublished", "totalPublished")) {
                    out.add(a + item + "." + c);
                }
            }
            for (String item : List.of("licensing", "otherServices", "penalties", "coercion")) {
                for (String c : List.of("previousYear", "change", "decisions")) {
                    out.add(a + item + "." + c);
                }
            }
            out.add(a + "fees.previousYear");
            out.add(a + "fees.change");
            out.add(a + "procurement.projects");
            out.add(a + "procurement.amount");
        } else {
            for (String item : List.of("regulations", "normativeDocuments")) {
                for (String c : List.of("issued", "repealed", "inForce")) {
                    out.add(a + item + "." + c);
                }
            }
            for (String item : List.of("licensing", "penalties", "coercion")) {
                out.add(a + item + ".decisions");
            }
            out.add(a + "fees.amount");
        }
        return out;
    }

    public static List<String> applications(String edition) {
        List<String> out = new ArrayList<>();
        for (String row : applicationRows(edition)) {
            for (String c : ApplicantCounts.COLUMNS) {
                out.add("applications." + row + "." + c);
            }
        }
        return out;
    }

    public static List<String> reviews() {
        List<String> out = new ArrayList<>();
        for (String g : REVIEW_GROUPS) {
            for (String c : OutcomeCounts.COLUMNS) {
                out.add("reviewsAndLawsuits." + g + "." + c);
            }
        }
        return out;
    }

    /** Every numeric field of an edition, in template order. */
    public static List<String> numeric(String edition) {
        List<String> out = new ArrayList<>(activeDisclosure(edition));
        out.addAll(applications(edition));
        out.addAll(reviews());
        return out;
    }

    /** The fields whose absence makes a report {@code partial}: metadata and every numeric field. */
    public static List<String> required(String edition) {
        List<String> out = new ArrayList<>(METADATA);
        out.addAll(numeric(edition));
        return out;
    }
}
