package cn.ybjg.claims.privacy;

import cn.ybjg.claims.ClaimsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one {@link IdProtector} from {@code ybjg.id-encryption-key} and {@code ybjg.id-hash-key}. */
@ApplicationScoped
public class IdProtectorProducer {

    @Produces
    @Singleton
    IdProtector idProtector(ClaimsConfig config) {
        return new IdProtector(config.idEncryptionKey(), config.idHashKey());
    }
}
