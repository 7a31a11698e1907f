package cn.ybjg.bench.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measurement 1: settlements through POST /api/v1/settlements, one generated file (≤ 10,000 records, JSON or its CSV
 * form) a request, read from disk just before it is sent, CLIENTS concurrent clients.
 */
final class Ingest {
    static final int CLIENTS = 2;
    private final Stack stack;
    private final Http http = new Http();

    Ingest(Stack stack) {
        this.stack = stack;
    }

    record Result(long accepted, long duplicates, long rejected, long startNanos, long endNanos) {
        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    /** Enrollments and deaths first (not timed), in batches of at most 10,000. */
    void registries(BenchData data) throws Exception {
        for (Path f : data.enrollmentFiles()) {
            postInChunks("/api/v1/enrollments", Files.readAllBytes(f));
        }
        for (Path f : data.deathFiles()) {
            postInChunks("/api/v1/death-registrations", Files.readAllBytes(f));
        }
    }

    /** The files as they are: JSON arrays, or CSV with {@code contentType} text/csv. */
    Result settlements(List<Path> files, String contentType) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong accepted = new AtomicLong(), duplicates = new AtomicLong(), rejected = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    JsonNode answer = BenchData.JSON.readTree(http.send(http.post(
                            stack.claimsUrl() + "/api/v1/settlements", stack.adminToken(),
                            Files.readAllBytes(files.get(i)), contentType)));
                    accepted.addAndGet(answer.path("accepted").asLong());
                    duplicates.addAndGet(answer.path("duplicates").asLong());
                    rejected.addAndGet(answer.path("rejected").size());
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        long end = System.nanoTime();
        pool.shutdown();
        return new Result(accepted.get(), duplicates.get(), rejected.get(), start, end);
    }

    private void postInChunks(String path, byte[] array) throws Exception {
        ArrayNode all = (ArrayNode) BenchData.JSON.readTree(array);
        for (int from = 0; from < all.size(); from += 10_000) {
            ArrayNode chunk = BenchData.JSON.createArrayNode();
            for (int i = from; i < Math.min(all.size(), from + 10_000); i++) {
                chunk.add(all.get(i));
            }
            http.send(http.post(stack.claimsUrl() + path, stack.adminToken(), BenchData.JSON.writeValueAsBytes(chunk)));
        }
    }
}
