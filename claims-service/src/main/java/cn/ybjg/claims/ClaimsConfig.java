package cn.ybjg.claims;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/** Typed settings of claims-service (prefix {@code ybjg}). */
@ConfigMapping(prefix = "ybjg")
public interface ClaimsConfig {

    /** Base64 of 32 bytes: the AES-256-GCM key that encrypts ID numbers at rest. Env: YBJG_ID_ENCRYPTION_KEY. */
    String idEncryptionKey();

    /** Base64 of at least 32 bytes: the HMAC-SHA256 key of idNumberHash. Env: YBJG_ID_HASH_KEY. */
    String idHashKey();

    Outbox outbox();

    Validation validation();

    interface Outbox {
        /** Runs the background relay from the outbox table to Kafka. */
        @WithDefault("true")
        boolean relayEnabled();

        /** Events sent per relay round. */
        @WithDefault("5000")
        int batchSize();

        /**
         * Longest wait when nothing is left to relay; a commit that wrote events ends it at once (NOTIFY). Rows
         * behind a transaction that is still running (of any database of the server) are read when it ends.
         */
        @WithDefault("200")
        long pollMillis();

        /** Relayed rows after which the slot writers fill is retired and then truncated. */
        @WithDefault("50000")
        long rotateRows();

        /** Once caught up, a slot with relayed rows is retired when it is this old (a truncation per period). */
        @WithDefault("30")
        long rotateIdleSeconds();

        /** Longest pause between attempts while Kafka is unreachable. */
        @WithDefault("30000")
        long maxBackoffMillis();
    }

    interface Validation {
        /** Known 险种类型 codes. */
        @WithDefault("310,390")
        Set<String> insuranceTypes();

        /** Known 医疗类别 codes; 2x are inpatient. */
        @WithDefault("11,12,13,14,15,16,19,21,22,23,24,25,41,51,52")
        Set<String> medicalTypes();
    }
}
