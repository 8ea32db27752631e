package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gioreport.core.model.ApplicantCounts;

public class RowTotalValidator implements ConstraintValidator<RowTotalAddsUp, ApplicantCounts> {

    @Override
    public boolean isValid(ApplicantCounts row, ConstraintValidatorContext context) {
        if (row == null) {
            return true;
        }
        Long sum = Sums.of(row.naturalPerson(), row.business(), row.research(), row.publicWelfare(),
                row.legalService(), row.other());
        if (sum == null || row.total() == null || sum == row.total().longValue()) {
            return true;
        }
        ViolationMessages.report(context, "总计 is " + row.total() + " but the six applicant columns add up to "
                + sum + " (" + ViolationMessages.offBy(row.total(), sum) + ")", "total");
        return false;
    }
}
