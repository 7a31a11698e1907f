package cn.ybjg.kit;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Describes a failure for the log without what it may carry of the request: every run of 17 digits followed by a
 * digit or X (an ID number, or something that could be one) in any message of the cause chain is masked. A
 * database error, for one, quotes the offending row.
 */
public final class SafeLog {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final int FRAMES_PER_CAUSE = 12;

    private SafeLog() {
    }

    /** True when the text holds a run shaped like an ID number. */
    public static boolean holdsIdNumber(String text) {
        return text != null && ID_NUMBER.matcher(text).find();
    }

    public static String redact(String text) {
        return text == null ? null : ID_NUMBER.matcher(text).replaceAll("******************");
    }

    /** The cause chain with redacted messages and the first stack frames of each cause. */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            out.append(t == failure ? "" : "\ncaused by: ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                out.append(": ").append(redact(t.getMessage()));
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES_PER_CAUSE) {
                out.append("\n\t... ").append(frames.length - FRAMES_PER_CAUSE).append(" more");
            }
        }
        return out.toString();
    }
}
