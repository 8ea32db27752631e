package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule 3: per column, totalHandled equals the sum of every outcome row (三（一）…三（六）). */
@Documented
@Constraint(validatedBy = OutcomesAddUpValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OutcomesAddUp {
    String message() default "{org.gioreport.OutcomesAddUp.message}";

    String code() default "CROSSCHECK_OUTCOMES";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
