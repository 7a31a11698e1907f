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

        /** Events sent per relay transaction. */
        @WithDefault("500")
        int batchSize();

        /** Pause when the outbox is empty. */
        @WithDefault("200")
        long pollMillis();

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
