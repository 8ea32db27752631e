package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gioreport.core.model.OutcomeCounts;

public class GroupTotalValidator implements ConstraintValidator<GroupTotalAddsUp, OutcomeCounts> {

    @Override
    public boolean isValid(OutcomeCounts group, ConstraintValidatorContext context) {
        if (group == null) {
            return true;
        }
        Long sum = Sums.of(group.upheld(), group.corrected(), group.other(), group.pending());
        if (sum == null || group.total() == null || sum == group.total().longValue()) {
            return true;
        }
        ViolationMessages.report(context, "总计 is " + group.total()
                + " but upheld + corrected + other + pending add up to " + sum
                + " (" + ViolationMessages.offBy(group.total(), sum) + ")", "total");
        return false;
    }
}
