package cn.ybjg.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds ID numbers (公民身份号码) that a text gives away: (a) written out, as 18 characters whose last is the
 * ISO 7064 MOD 11-2 check character of the first 17, and (b) rebuildable, an {@code idNumberMasked} (first 6
 * and last 4 kept) next to a {@code birthDate} that is exactly the 8 hidden digits. Reports where, never the
 * number: its findings go into assertion messages and CI logs.
 */
public final class IdRebuild {
    private static final Pattern WRITTEN = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[\\dXx](?![0-9A-Za-z])");
    private static final Pattern MASKED = Pattern.compile("(\\d{6})\\*{8}(\\d{3}[\\dXx])");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdRebuild() {
    }

    /** True when the 18 characters are 17 digits and their ISO 7064 MOD 11-2 check character. */
    public static boolean checks(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }

    /** How many ID numbers the text writes out (18-character runs that pass the check). */
    public static int writtenOut(CharSequence text) {
        int n = 0;
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            if (checks(m.group())) {
                n++;
            }
        }
        return n;
    }

    /** The text with every written-out ID number replaced, for messages that quote an answer. */
    public static String redact(String text) {
        return WRITTEN.matcher(text).replaceAll(r -> checks(r.group()) ? "[ID NUMBER]" : r.group());
    }

    /**
     * Every place in the JSON tree that gives an ID number away: a string value that is one (also one hidden by
     * JSON escapes in the raw text), or an object whose idNumberMasked and birthDate rebuild one. Paths like
     * {@code $[3].person}.
     */
    public static List<String> findings(JsonNode root) {
        List<String> out = new ArrayList<>();
        walk(root, "$", null, out);
        return out;
    }

    private static void walk(JsonNode node, String path, JsonNode parent, List<String> out) {
        if (node.isTextual()) {
            if (writtenOut(node.asText()) > 0) {
                out.add(path + ": an ID number written out");
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", node, out);
            }
        } else if (node.isObject()) {
            if (rebuilds(node, node) || (parent != null && parent.isObject() && rebuilds(node, parent))) {
                out.add(path + ": idNumberMasked and birthDate rebuild the ID number");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(f.getValue(), path + "." + f.getKey(), node, out);
            }
        }
    }

    /** Does the mask of {@code masked} with the birth date of {@code dated} give a number that passes the check? */
    static boolean rebuilds(JsonNode masked, JsonNode dated) {
        Matcher mask = MASKED.matcher(masked.path("idNumberMasked").asText(""));
        Matcher date = DATE.matcher(dated.path("birthDate").asText(""));
        if (!mask.matches() || !date.lookingAt()) {
            return false;
        }
        return checks(mask.group(1) + date.group(1) + date.group(2) + date.group(3) + mask.group(2));
    }
}
