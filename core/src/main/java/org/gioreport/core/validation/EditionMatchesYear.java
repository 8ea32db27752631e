package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule 5: the 2019 template is for report years up to 2020, the 2021 template from 2021 on. */
@Documented
@Constraint(validatedBy = EditionMatchesYearValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EditionMatchesYear {
    String message() default "{org.gioreport.EditionMatchesYear.message}";

    String code() default "EDITION_YEAR_MISMATCH";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
