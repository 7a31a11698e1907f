package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Measurement 6: a dry-run replay (POST /api/v1/replays) of every stored settlement of the bench year, all rules,
 * polled through GET /api/v1/replays/{id} until it ends; supervision-service's memory is sampled while it runs.
 */
final class ReplayRun {
    record Result(long settlements, double seconds, Memory.Sample peak, Memory.Sample before, long added,
                  long removed) {
    }

    private static final String SERVICE = "supervision-service";
    private final Stack stack;
    private final Http http = new Http();

    ReplayRun(Stack stack) {
        this.stack = stack;
    }

    Result run(int year) throws Exception {
        byte[] body = BenchData.JSON.writeValueAsBytes(Map.of("from", year + "-01-01", "to", year + "-12-31",
                "dryRun", true));
        try (Memory memory = new Memory(stack)) {
            memory.start();
            Memory.Sample before = memory.idle.get(SERVICE);
            long start = System.nanoTime();
            JsonNode job = BenchData.JSON.readTree(http.send(http.post(stack.supervisionUrl() + "/api/v1/replays",
                    stack.adminToken(), body)));
            String url = stack.supervisionUrl() + "/api/v1/replays/" + job.get("id").asText();
            while (true) {
                job = BenchData.JSON.readTree(http.send(http.get(url, stack.adminToken())));
                String status = job.get("status").asText();
                if (status.equals("SUCCEEDED")) {
                    break;
                }
                if (status.equals("FAILED")) {
                    throw new IllegalStateException("replay failed: " + job.get("error").asText());
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            JsonNode result = job.get("result");
            return new Result(job.get("total").asLong(), seconds, memory.peak.get(SERVICE), before,
                    result.path("addedCount").asLong(), result.path("removedCount").asLong());
        }
    }
}
