package cn.ybjg.bench.perf;

/**
 * Pauses and resumes the stack's consumers: supervision-service's streams engine (POST /api/v1/engine/pause,
 * /resume), so the audit can be timed on its own, and indicators-service's channels (POST /api/v1/consumption/pause,
 * /resume), so an ingest can be measured with no consumer competing. Records wait in Kafka while paused.
 */
final class ConsumerSwitch {
    private final Stack stack;
    private final Http http = new Http();

    ConsumerSwitch(Stack stack) {
        this.stack = stack;
    }

    void engine(boolean run) throws Exception {
        post(stack.supervisionUrl() + "/api/v1/engine/" + (run ? "resume" : "pause"));
    }

    void indicators(boolean run) throws Exception {
        post(stack.indicatorsUrl() + "/api/v1/consumption/" + (run ? "resume" : "pause"));
    }

    private void post(String url) throws Exception {
        http.send(http.post(url, stack.adminToken(), new byte[0]));
    }
}
