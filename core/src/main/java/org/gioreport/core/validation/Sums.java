package org.gioreport.core.validation;

/** Sums that are known only when every operand is known: a rule is checked only then. */
final class Sums {

    private Sums() {
    }

    /** The sum, or null when any operand is null. */
    static Long of(Integer... values) {
        long sum = 0;
        for (Integer v : values) {
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }
}
