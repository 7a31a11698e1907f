package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** After hostile input the services still answer: each one's readiness is UP (waiting up to 30 s). */
final class Health {
    private Health() {
    }

    static void assertUp(Stack stack) {
        List<String> down = new ArrayList<>();
        for (String base : List.of(stack.claims, stack.supervision, stack.indicators)) {
            Exchange e = null;
            for (int i = 0; i < 30; i++) {
                e = stack.http.get(base + "/q/health/ready", null);
                if (e.status() == 200) {
                    break;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (e.status() != 200) {
                down.add(e.brief());
            }
        }
        assertEquals(List.of(), down, "services not ready after the hostile input");
    }
}
