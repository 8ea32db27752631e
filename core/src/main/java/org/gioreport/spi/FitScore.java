package org.gioreport.spi;

/** How well a plugin fits a document: a score in [0, 1] (0 = not mine) and a reason a person can read. */
public record FitScore(double score, String reason) {

    public FitScore {
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        reason = reason == null ? "" : reason;
    }

    public static FitScore no(String reason) {
        return new FitScore(0, reason);
    }

    public static FitScore of(double score, String reason) {
        return new FitScore(Math.max(0, Math.min(1, score)), reason);
    }

    public boolean fits() {
        return score > 0;
    }
}
