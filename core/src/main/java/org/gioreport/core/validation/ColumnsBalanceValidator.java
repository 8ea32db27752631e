package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Applications;

public class ColumnsBalanceValidator implements ConstraintValidator<ColumnsBalance, Applications> {

    @Override
    public boolean isValid(Applications apps, ConstraintValidatorContext context) {
        if (apps == null) {
            return true;
        }
        boolean valid = true;
        for (String column : ApplicantCounts.COLUMNS) {
            Long in = Sums.of(Columns.get(apps.newlyReceived(), column), Columns.get(apps.carriedOver(), column));
            Long out = Sums.of(Columns.get(apps.totalHandled(), column), Columns.get(apps.carriedForward(), column));
            if (in == null || out == null || in.equals(out)) {
                continue;
            }
            valid = false;
            ViolationMessages.report(context, "newlyReceived + carriedOver = " + in
                    + " but totalHandled + carriedForward = " + out + " (" + ViolationMessages.offBy(out, in) + ")",
                    "totalHandled", column);
        }
        return valid;
    }
}
