package cn.ybjg.kit;

import java.util.List;

/**
 * A query or path parameter that cannot be used: 400 naming the parameter. The message never repeats the value
 * sent (it may be anything, an ID number included).
 */
public class BadParameterException extends ProblemException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(Problem.of(ProblemType.BAD_PARAMETER, "query or path parameter '" + parameter + "' " + message,
                List.of(new FieldProblem(parameter, message))));
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
