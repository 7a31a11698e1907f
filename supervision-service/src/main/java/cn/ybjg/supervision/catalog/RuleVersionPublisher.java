package cn.ybjg.supervision.catalog;

import cn.ybjg.supervision.flags.FlagOutbox;
import cn.ybjg.supervision.streams.RuleVersionRecord;
import cn.ybjg.supervision.streams.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/**
 * Puts a rule version on rule-versions.v1 (compacted, key ruleCode), where the streams engine reads the parameters
 * in force (docs/engine.md §4). It goes through the outbox in the caller's transaction, so a version is published
 * exactly when it is committed; re-publishing a version the topic already holds changes nothing for the engine.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RuleVersionPublisher {

    @Inject
    ObjectMapper mapper;

    public void publish(RuleVersion v) {
        var record = new RuleVersionRecord(v.ruleCode, v.version, v.enabled, v.parameters);
        try {
            FlagOutbox.add(Topics.RULE_VERSIONS, v.ruleCode, null, mapper.writeValueAsString(record), OffsetDateTime.now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule version " + v.ruleCode + " not serialisable: " + e.getMessage(), e);
        }
    }
}
