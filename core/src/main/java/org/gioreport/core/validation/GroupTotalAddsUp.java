package org.gioreport.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Rule 4: in every review/lawsuit group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
@Documented
@Constraint(validatedBy = GroupTotalValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface GroupTotalAddsUp {
    String message() default "{org.gioreport.GroupTotalAddsUp.message}";

    String code() default "CROSSCHECK_GROUP_TOTAL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
