package cn.ybjg.bench.perf;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Measurement 4: a bounded number of GETs of one URL from CLIENTS concurrent clients; the response times in ms. */
final class ApiLoad {
    static final int CLIENTS = 50;
    private final Http http = new Http();

    double[] run(String url, String token, int requests) throws Exception {
        HttpRequest request = http.get(url, token);
        for (int i = 0; i < Math.min(CLIENTS, requests); i++) {
            http.send(request); // warm-up, not measured
        }
        double[] ms = new double[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    http.send(request);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow(); // a failed request ends the measurement; the other clients must not keep the JVM up
        }
        return ms;
    }
}
