package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * 2,000 fuzzed GET requests ({@link QueryFuzz}) over every read endpoint of the three services, with admin,
 * supervisor and hospital tokens in turn, four at a time: none is answered with a 5xx or not at all.
 */
@NeedsStack
@Order(70)
class ParameterFuzzTest {
    static final int REQUESTS = 2_000;
    static Stack stack;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
    }

    @Test
    void noFuzzedQueryParameterGetsA5xx() throws Exception {
        List<String> tokens = List.of(stack.tokens.admin(), stack.tokens.supervisor("431000"),
                stack.tokens.hospital(Valid.OWN));
        List<QueryFuzz.Request> requests = QueryFuzz.requests(stack.seed, REQUESTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Exchange>> answers = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            QueryFuzz.Request r = requests.get(i);
            String base = switch (r.service()) {
                case CLAIMS -> stack.claims;
                case SUPERVISION -> stack.supervision;
                case INDICATORS -> stack.indicators;
            };
            String token = tokens.get(i % tokens.size());
            answers.add(pool.submit(() -> stack.http.get(base + r.pathAndQuery(), token)));
        }
        pool.shutdown();
        List<String> serverErrors = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Exchange> f : answers) {
            Exchange e = f.get();
            statuses.merge(e.status(), 1, Integer::sum);
            if (e.serverError()) {
                serverErrors.add(e.brief());
            }
        }
        assertAll(
                () -> assertEquals(List.of(), serverErrors, serverErrors.size() + " of " + REQUESTS
                        + " fuzzed requests answered 5xx or not at all (statuses " + statuses + "):"
                        + Checks.listing(serverErrors, 25)),
                () -> Health.assertUp(stack));
    }
}
