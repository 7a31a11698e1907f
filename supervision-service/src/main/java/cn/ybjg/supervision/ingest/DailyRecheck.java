package cn.ybjg.supervision.ingest;

import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.engine.Evaluator;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Once a day, re-checks every person whose death is registered and who still has a running enrollment or an
 * open DECEASED_ACTIVE flag: the grace period runs out with the calendar, not with an event.
 */
@ApplicationScoped
public class DailyRecheck {

    private static final String PERSONS = """
            select d.id_number_hash from death_state d where exists (select 1 from enrollment_state e
              where e.id_number_hash = d.id_number_hash and e.status = 'ACTIVE'
                and (e.end_date is null or e.end_date > d.date_of_death))
            union select f.id_number_hash from flag f where f.rule_code = 'DECEASED_ACTIVE' and f.status = 'OPEN'
              and f.settlement_id is null
            order by 1""";

    @Inject
    EntityManager em;
    @Inject
    Evaluator evaluator;

    @Inject
    SupervisionConfig config;

    /** The streams engine re-checks its own persons (PersonAuditor's daily punctuation). */
    @Scheduled(cron = "${supervision.recheck.cron:0 15 0 * * ?}", timeZone = "Asia/Shanghai")
    void daily() {
        if (!config.streamsEngine()) recheck();
    }

    /** Re-checks now; returns how many persons were re-checked. */
    public int recheck() {
        @SuppressWarnings("unchecked")
        List<String> persons = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(PERSONS).getResultList());
        for (int i = 0; i < persons.size(); i += 500) {
            List<String> chunk = persons.subList(i, Math.min(persons.size(), i + 500));
            QuarkusTransaction.requiringNew().run(() -> evaluator.evaluate(chunk, List.of()));
        }
        Log.infof("daily re-check of %d persons with a registered death done", persons.size());
        return persons.size();
    }
}
