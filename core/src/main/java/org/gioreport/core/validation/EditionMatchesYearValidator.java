package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;

public class EditionMatchesYearValidator implements ConstraintValidator<EditionMatchesYear, Report> {

    @Override
    public boolean isValid(Report report, ConstraintValidatorContext context) {
        if (report == null || report.edition() == null || report.reportYear() == null) {
            return true;
        }
        String expected = expectedEdition(report.reportYear());
        if (expected.equals(report.edition())) {
            return true;
        }
        ViolationMessages.report(context, "the tables follow the " + report.edition() + " template, but report year "
                + report.reportYear() + " should use the " + expected + " template", "edition");
        return false;
    }

    /** The template edition in force for a report year. */
    public static String expectedEdition(int reportYear) {
        return reportYear <= 2020 ? ReportFields.EDITION_2019 : ReportFields.EDITION_2021;
    }
}
