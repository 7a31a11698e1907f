package cn.ybjg.kit;

/** One bad field of a body ({@code parameters.maxDays}, {@code lines[2].amount}) or one bad query/path parameter. */
public record FieldProblem(String field, String message) {
}
