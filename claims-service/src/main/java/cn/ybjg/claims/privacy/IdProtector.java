package cn.ybjg.claims.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps raw ID numbers inside claims-service: AES-256-GCM encryption at rest (random 12-byte IV stored in
 * front of the cipher text) and a keyed HMAC-SHA256 (lower-case hex) for matching and as the Kafka key.
 */
public final class IdProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    /**
     * Per thread: Cipher.getInstance per record was 4% of ingest's CPU (JFR), and one SecureRandom shared by the
     * request threads serialises them (so does every NativePRNG: they share one source behind a lock, hence a DRBG
     * per thread). A Cipher is re-initialised with a fresh IV for every encryption.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(() -> newInstance(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<SecureRandom> randoms = ThreadLocal.withInitial(() -> newInstance(() -> SecureRandom.getInstance("DRBG")));

    public IdProtector(String encryptionKeyBase64, String hashKeyBase64) {
        byte[] enc = decode(encryptionKeyBase64, "ybjg.id-encryption-key");
        if (enc.length != 32) {
            throw new IllegalArgumentException("ybjg.id-encryption-key must be base64 of exactly 32 bytes, got " + enc.length);
        }
        byte[] mac = decode(hashKeyBase64, "ybjg.id-hash-key");
        if (mac.length < 32) {
            throw new IllegalArgumentException("ybjg.id-hash-key must be base64 of at least 32 bytes, got " + mac.length);
        }
        this.encryptionKey = new SecretKeySpec(enc, "AES");
        this.hashKey = new SecretKeySpec(mac, "HmacSHA256");
    }

    private static byte[] decode(String base64, String property) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(property + " is not valid base64", e);
        }
    }

    /** Lower-case hex HMAC-SHA256 of the given text under the hash key. */
    public String hash(String text) {
        return HexFormat.of().formatHex(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private interface Factory<T> {
        T create() throws GeneralSecurityException;
    }

    private static <T> T newInstance(Factory<T> factory) {
        try {
            return factory.create();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a JCA algorithm the service needs is unavailable", e);
        }
    }

    public byte[] encrypt(String idNumber) {
        try {
            byte[] iv = new byte[IV_BYTES];
            randoms.get().nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(idNumber.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed (wrong key or tampered data)", e);
        }
    }
}
