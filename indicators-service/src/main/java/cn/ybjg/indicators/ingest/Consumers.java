package cn.ybjg.indicators.ingest;

import cn.ybjg.indicators.api.EnrolledPersonsCache;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The four incoming channels (batch mode, see application.properties), each a thin call into a projector. */
@ApplicationScoped
public class Consumers {

    @Inject
    ObjectMapper mapper;
    @Inject
    DeadLetters deadLetters;
    @Inject
    SettlementProjector settlements;
    @Inject
    EnrollmentProjector enrollments;
    @Inject
    EnrolledPersonsCache enrolledCache;
    @Inject
    FlagProjector flags;

    @Incoming("settlements")
    @Blocking
    public void settlements(ConsumerRecords<String, String> records) {
        BatchHandler.handle(records, mapper, SettlementEvent.class, SettlementEvent::toFact, settlements::apply, deadLetters);
    }

    @Incoming("enrollments")
    @Blocking
    public void enrollments(ConsumerRecords<String, String> records) {
        BatchHandler.handle(records, mapper, EnrollmentEvent.class, EnrollmentEvent::validated, enrollments::apply, deadLetters);
        enrolledCache.invalidate();
    }

    @Incoming("flags")
    @Blocking
    public void flags(ConsumerRecords<String, String> records) {
        BatchHandler.handle(records, mapper, FlagEvent.class, FlagEvent::validated, flags::applyFlags, deadLetters);
    }

    @Incoming("flag-reviews")
    @Blocking
    public void reviews(ConsumerRecords<String, String> records) {
        BatchHandler.handle(records, mapper, FlagReviewEvent.class, FlagReviewEvent::validated, flags::applyReviews, deadLetters);
    }
}
