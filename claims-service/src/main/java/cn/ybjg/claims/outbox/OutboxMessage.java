package cn.ybjg.claims.outbox;

import java.util.UUID;

/** One event waiting in the outbox: topic, key (idNumberHash) and the exact JSON payload to send. */
public record OutboxMessage(UUID eventId, String topic, String key, String payload) {
}
