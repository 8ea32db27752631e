package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Rule 2, the template's own note (第一项加第二项之和，等于第三项加第四项之和): per column,
 * newlyReceived + carriedOver = totalHandled + carriedForward.
 */
@Documented
@Constraint(validatedBy = ColumnsBalanceValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ColumnsBalance {
    String message() default "{org.gioreport.ColumnsBalance.message}";

    String code() default "CROSSCHECK_BALANCE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
