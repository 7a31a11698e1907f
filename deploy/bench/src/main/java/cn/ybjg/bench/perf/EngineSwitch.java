package cn.ybjg.bench.perf;

/**
 * Pauses and resumes supervision-service's streams engine (POST /api/v1/engine/pause, /resume), so the audit can be
 * timed on its own: records wait in Kafka while claims ingests them, then the engine works through the backlog.
 */
final class EngineSwitch {
    private final Stack stack;
    private final Http http = new Http();

    EngineSwitch(Stack stack) {
        this.stack = stack;
    }

    void pause() throws Exception {
        http.send(http.post(stack.supervisionUrl() + "/api/v1/engine/pause", stack.adminToken(), new byte[0]));
    }

    void resume() throws Exception {
        http.send(http.post(stack.supervisionUrl() + "/api/v1/engine/resume", stack.adminToken(), new byte[0]));
    }
}
