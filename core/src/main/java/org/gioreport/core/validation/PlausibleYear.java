package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A report year between 2008 (the first year of the disclosure regulations) and next year. */
@Documented
@Constraint(validatedBy = PlausibleYearValidator.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface PlausibleYear {
    String message() default "{org.gioreport.PlausibleYear.message}";

    String code() default "IMPLAUSIBLE_YEAR";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
