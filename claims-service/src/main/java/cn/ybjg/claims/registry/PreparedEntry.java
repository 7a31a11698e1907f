package cn.ybjg.claims.registry;

import cn.ybjg.claims.outbox.OutboxMessage;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A valid enrollment or death ready for its upsert: identity, content hash, row and the event it would publish. */
record PreparedEntry(int index, String identity, String contentHash, ObjectNode row, OutboxMessage event) {
}
