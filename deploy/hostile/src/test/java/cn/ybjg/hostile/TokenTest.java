package cn.ybjg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens are for this system and for a while: each service refuses a correctly signed token without the
 * audience {@code ybjg}, with another audience, or that expires in year 5138. The same token re-signed unchanged
 * is accepted, so the 401 comes from the claim and not from the signing.
 */
@NeedsStack
@Order(50)
class TokenTest {
    /** 5138-11-16T09:46:39Z, the expiry the penetration test used. */
    static final long YEAR_5138 = 99_999_999_999L;
    static Stack stack;
    static Jwt jwt;

    @BeforeAll
    static void stack() {
        stack = Stack.get();
        jwt = stack.tokens.signer();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"claims", "supervision", "indicators"})
    void theTokenResignedUnchangedIsAccepted(String service) {
        assertEquals(200, call(service, c -> { }).status(), "control: token.sh's own claims, re-signed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"claims", "supervision", "indicators"})
    void aTokenWithoutAudienceIsRefused(String service) {
        Exchange e = call(service, c -> c.remove("aud"));
        assertEquals(401, e.status(), "a token without aud: " + e.brief());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"claims", "supervision", "indicators"})
    void aTokenForAnotherAudienceIsRefused(String service) {
        Exchange e = call(service, c -> c.put("aud", "another-system"));
        assertEquals(401, e.status(), "a token with aud another-system: " + e.brief());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"claims", "supervision", "indicators"})
    void aTokenThatExpiresInYear5138IsRefused(String service) {
        Exchange e = call(service, c -> c.put("exp", YEAR_5138));
        assertEquals(401, e.status(), "a token with exp in year 5138: " + e.brief());
    }

    private static Exchange call(String service, Consumer<ObjectNode> change) {
        String token = jwt.resign(stack.tokens.admin(), change);
        String url = switch (service) {
            case "claims" -> stack.claims + "/api/v1/settlements?size=1";
            case "supervision" -> stack.supervision + "/api/v1/flags?size=1";
            default -> stack.indicators + "/api/v1/targets";
        };
        return stack.http.get(url, token);
    }
}
