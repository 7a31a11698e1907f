package cn.ybjg.claims.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The settlement row's list columns are the JSON that Jackson's tree writes, for any strings. */
class JsonArrayTest {

    @Test
    void sameTextAsTheTree() {
        String alphabet = "aZ09.x\"\\/\t\n\u0001中\u2028é ";
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            List<String> values = new ArrayList<>();
            int n = random.nextInt(4);
            for (int j = 0; j < n; j++) {
                StringBuilder s = new StringBuilder();
                int length = random.nextInt(8);
                for (int k = 0; k < length; k++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                values.add(s.toString());
            }
            ArrayNode tree = JsonNodeFactory.instance.arrayNode();
            values.forEach(tree::add);
            assertEquals(tree.toString(), PreparedSettlement.jsonArray(values), values.toString());
        }
    }
}
