package org.gioreport.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

public class PlausibleYearValidator implements ConstraintValidator<PlausibleYear, Integer> {

    static final int FIRST_YEAR = 2008;

    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
        return year == null || (year >= FIRST_YEAR && year <= Year.now().getValue() + 1);
    }
}
