package dev.lockstep.validator.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonTree} builds what Jackson's {@code readTree} builds, node types included, or leaves the text to Jackson. */
class JsonTreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void buildsJacksonsTreeOfGeneratedObjects() throws Exception {
        Random r = new Random(19);
        int built = 0;
        int left = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = NativeLineScannerTest.object(r, 0);   // the scanner's tests' params objects
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
                continue;   // the scanner reads ASCII lines only
            }
            byte[] b = ("{\"params\":" + text + "}").getBytes(StandardCharsets.US_ASCII);
            int from = "{\"params\":".length();
            ObjectNode mine = JsonTree.object(b, from, from + text.length());
            JsonNode jackson = JSON.readTree(text);
            if (mine == null) {
                left++;
                continue;
            }
            built++;
            assertEquals(typed(jackson), typed(mine), text);
            assertEquals(jackson, mine, text);
        }
        assertTrue(built > 10_000, "most objects are built here: " + built);
        assertTrue(left > 500, "the cases left to Jackson were generated: " + left);
    }

    @Test
    void leavesToJacksonWhatItDoesNotTake() {
        for (String text : List.of("{\"a\":\"x\\\"y\"}", "{\"a\":\"\\u0041\"}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":-0}",
                "{\"a\":1234567890123456789}", "{\"a\":1,\"a\":2}", "{\"a\":[1,{\"b\":2,\"b\":3}]}", "[1]", "\"a\"")) {
            assertNull(tree(text), text);
        }
        assertEquals("IntNode", tree("{\"a\":2147483647}").get("a").getClass().getSimpleName());
        assertEquals("LongNode", tree("{\"a\":2147483648}").get("a").getClass().getSimpleName());
        assertEquals("IntNode", tree("{\"a\":-2147483648}").get("a").getClass().getSimpleName());
        assertEquals("LongNode", tree("{\"a\":-123456789012345678}").get("a").getClass().getSimpleName());
        ObjectNode o = tree(" { \"b\" : [ true , false , null , \"\" , { } , [ ] ] , \"a\" : 0 } ");
        assertNotNull(o);
        assertEquals(List.of("b", "a"), names(o));
        assertEquals("{\"b\":[true,false,null,\"\",{},[]],\"a\":0}", o.toString());
    }

    @Test
    void onlyMappersThatReadTreesAsJavasDefaultsTakeIt() {
        assertTrue(JsonTree.readsLikeDefaults(new ObjectMapper()));
        assertFalse(JsonTree.readsLikeDefaults(new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS)));
        assertFalse(JsonTree.readsLikeDefaults(new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)));
        assertFalse(JsonTree.readsLikeDefaults(new ObjectMapper().setNodeFactory(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))));
    }

    private static ObjectNode tree(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return JsonTree.object(b, 0, b.length);
    }

    private static List<String> names(JsonNode o) {
        List<String> n = new ArrayList<>();
        o.fieldNames().forEachRemaining(n::add);
        return n;
    }

    /** The tree with every node's class, members in order. */
    private static String typed(JsonNode n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.isObject()) {
            s.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                s.append(e.getKey()).append('=').append(typed(e.getValue())).append(';');
            }
            s.append('}');
        } else if (n.isArray()) {
            s.append('[');
            n.forEach(x -> s.append(typed(x)).append(';'));
            s.append(']');
        } else {
            s.append('(').append(n).append(')');
        }
        return s.toString();
    }
}
