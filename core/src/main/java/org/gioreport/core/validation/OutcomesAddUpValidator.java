package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Applications;

public class OutcomesAddUpValidator implements ConstraintValidator<OutcomesAddUp, Applications> {

    @Override
    public boolean isValid(Applications apps, ConstraintValidatorContext context) {
        if (apps == null || apps.notDisclosed() == null || apps.unableToProvide() == null
                || apps.notProcessed() == null) {
            return true;
        }
        List<ApplicantCounts> outcomes = outcomeRows(apps);
        boolean valid = true;
        for (String column : ApplicantCounts.COLUMNS) {
            Integer[] values = outcomes.stream().map(r -> Columns.get(r, column)).toArray(Integer[]::new);
            Long sum = Sums.of(values);
            Integer stated = Columns.get(apps.totalHandled(), column);
            if (sum == null || stated == null || sum == stated.longValue()) {
                continue;
            }
            valid = false;
            ViolationMessages.report(context, "totalHandled is " + stated + " but the outcome rows add up to " + sum
                    + " (" + ViolationMessages.offBy(stated, sum) + ")", "totalHandled", column);
        }
        return valid;
    }

    private static List<ApplicantCounts> outcomeRows(Applications apps) {
        var nd = apps.notDisclosed();
        var up = apps.unableToProvide();
        var np = apps.notProcessed();
        List<ApplicantCounts> rows = new ArrayList<>(List.of(apps.disclosed(), apps.partiallyDisclosed()));
        rows.addAll(nullable(nd.stateSecret(), nd.prohibitedByLaw(), nd.securityStability(), nd.thirdPartyRights(),
                nd.internalAffairs(), nd.processInformation(), nd.enforcementFiles(), nd.queryMatters()));
        rows.addAll(nullable(up.notHeld(), up.needsCreation(), up.unclearAfterCorrection()));
        rows.addAll(nullable(np.complaints(), np.duplicates(), np.publications(), np.excessive(), np.confirmations()));
        rows.add(apps.otherHandling());
        return rows;
    }

    private static List<ApplicantCounts> nullable(ApplicantCounts... rows) {
        List<ApplicantCounts> out = new ArrayList<>();
        for (ApplicantCounts r : rows) {
            out.add(r);
        }
        return out;
    }
}
