package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A count or amount: null (unknown) or at least 0. Targets FIELD only, so that on a record component
 * it is checked once, not again on the accessor.
 */
@Documented
@PositiveOrZero
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(FIELD)
@Retention(RUNTIME)
public @interface Count {
    String message() default "{org.gioreport.Count.message}";

    String code() default "NEGATIVE_COUNT";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
