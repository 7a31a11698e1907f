package cn.ybjg.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * Re-signs a development token after changing its claims, with the same RS256 key deploy/local/token.sh signs
 * with: the signature is valid, so a service that accepts the result accepts the claims themselves (no
 * audience, an expiry in year 5138).
 */
public final class Jwt {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final PrivateKey key;

    public Jwt(Path pkcs8Pem) {
        try {
            String pem = Files.readString(pkcs8Pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signing key " + pkcs8Pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key: " + pkcs8Pem, e);
        }
    }

    /** The claims of a compact JWS (not verified: the caller minted it). */
    public static ObjectNode claims(String token) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    /** The same header, the claims changed by {@code change}, signed anew. */
    public String resign(String token, Consumer<ObjectNode> change) {
        ObjectNode claims = claims(token);
        change.accept(claims);
        try {
            String input = token.split("\\.")[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
