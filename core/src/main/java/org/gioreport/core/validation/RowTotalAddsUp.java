package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule 1: in every applications row, 总计 equals the sum of the six applicant columns. */
@Documented
@Constraint(validatedBy = RowTotalValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface RowTotalAddsUp {
    String message() default "{org.gioreport.RowTotalAddsUp.message}";

    String code() default "CROSSCHECK_ROW_TOTAL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
