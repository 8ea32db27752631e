package org.gioreport.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Report;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a report against its field constraints and the cross-check rules (勾稽关系) and turns every
 * violation into a warning diagnostic. A broken rule never changes or drops data.
 */
public final class ReportValidator {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            // No Expression Language: messages are plain text or computed by the validators.
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    public List<Diagnostic> validate(Report report) {
        if (report == null) {
            return List.of();
        }
        List<ConstraintViolation<Report>> violations = new ArrayList<>(validator.validate(report));
        violations.sort(Comparator.comparing((ConstraintViolation<Report> v) -> v.getPropertyPath().toString())
                .thenComparing(ConstraintViolation::getMessage));
        Set<Diagnostic> out = new LinkedHashSet<>();
        for (ConstraintViolation<Report> v : violations) {
            String path = v.getPropertyPath().toString();
            Object code = v.getConstraintDescriptor().getAttributes().get("code");
            Object value = v.getInvalidValue();
            // Field constraints quote the offending value; cross-check messages already carry their numbers.
            boolean fieldValue = value instanceof Number || value instanceof CharSequence;
            String message = (path.isEmpty() ? "report" : path) + (fieldValue ? " is " + value : "") + ": "
                    + v.getMessage();
            out.add(Diagnostic.warning(code == null ? "CONSTRAINT" : code.toString(), path.isEmpty() ? null : path,
                    message));
        }
        return List.copyOf(out);
    }
}
