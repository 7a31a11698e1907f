package cn.ybjg.supervision.catalog;

import java.util.List;

/** A rule change named parameters that are unknown or out of range; answered with 400. */
public class BadParameterException extends RuntimeException {
    public final List<String> problems;

    public BadParameterException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = problems;
    }
}
