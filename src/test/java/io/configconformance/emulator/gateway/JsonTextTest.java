package io.configconformance.emulator.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonTextTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    @Test
    void writesObjectsInOrderLeavingNullFieldsOut() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", "r-1");
        body.put("Skipped", null);
        body.put("AggregatorAccounts", List.of(Map.of("AccountId", 1300000000000003L), Map.of("AccountType", "ResourceDirectory")));
        body.put("Status", 1);
        body.put("Enabled", true);

        assertEquals("{\"RequestId\":\"r-1\",\"AggregatorAccounts\":[{\"AccountId\":1300000000000003},"
                + "{\"AccountType\":\"ResourceDirectory\"}],\"Status\":1,\"Enabled\":true}", JsonText.write(body));
    }

    @Test
    void escapesWhatJsonRequiresAndNothingElse() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t \\u0001 \\u001F é 中 </x>\"", JsonText.write("q\" b\\ n\n t\t \u0001 \u001f é 中 </x>"));
    }

    @Test
    void refusesValuesItHasNoFormFor() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(Map.of("x", 1.5)));
    }

    /** Same text as Jackson for random trees of the shapes the emulator answers. */
    @Test
    void agreesWithJacksonOnRandomTrees() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Object tree = tree(random, 3);
            assertEquals(JACKSON.writeValueAsString(withoutNullFields(tree)), JsonText.write(tree), "tree " + i);
        }
    }

    private static Object tree(Random random, int depth) {
        int kind = random.nextInt(depth == 0 ? 4 : 6);
        switch (kind) {
            case 0:
                char[] chars = new char[random.nextInt(12)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD7FF));
                }
                return new String(chars);
            case 1:
                return random.nextLong();
            case 2:
                return random.nextBoolean();
            case 3:
                return random.nextInt();
            case 4:
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put("k" + random.nextInt(100), random.nextInt(5) == 0 ? null : tree(random, depth - 1));
                }
                return map;
            default:
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(tree(random, depth - 1));
                }
                return list;
        }
    }

    private static Object withoutNullFields(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> pruned = new LinkedHashMap<>();
            map.forEach((key, child) -> {
                if (child != null) {
                    pruned.put(key, withoutNullFields(child));
                }
            });
            return pruned;
        }
        if (value instanceof List<?> list) {
            return Arrays.asList(list.stream().map(JsonTextTest::withoutNullFields).toArray());
        }
        return value;
    }
}
