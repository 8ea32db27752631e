package org.gioreport.core.validation;

import org.gioreport.core.model.ApplicantCounts;

/** Reads one applicant column of a row by name; a missing row reads as unknown. */
final class Columns {

    private Columns() {
    }

    static Integer get(ApplicantCounts row, String column) {
        if (row == null) {
            return null;
        }
        return switch (column) {
            case "naturalPerson" -> row.naturalPerson();
            case "business" -> row.business();
            case "research" -> row.research();
            case "publicWelfare" -> row.publicWelfare();
            case "legalService" -> row.legalService();
            case "other" -> row.other();
            case "total" -> row.total();
            default -> throw new IllegalArgumentException("no applicant column " + column);
        };
    }
}
