package cn.ybjg.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Development tokens exactly as deploy/local/token.sh mints them (one run of the script per role and scope). */
final class Tokens {
    private final Path script;
    private final Path privateKey;
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    Tokens(Path script, Path privateKey) {
        this.script = script;
        this.privateKey = privateKey;
    }

    String admin() {
        return of("admin", "");
    }

    String hospital(String institution) {
        return of("hospital", institution);
    }

    String supervisor(String regions) {
        return of("supervisor", regions);
    }

    String of(String role, String scope) {
        return minted.computeIfAbsent(role + " " + scope, k -> mint(role, scope));
    }

    Jwt signer() {
        return new Jwt(privateKey);
    }

    private String mint(String role, String scope) {
        try {
            ProcessBuilder pb = scope.isEmpty() ? new ProcessBuilder("bash", script.toString(), role)
                    : new ProcessBuilder("bash", script.toString(), role, scope);
            Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || token.isEmpty()) {
                throw new IllegalStateException(script + " " + role + " " + scope + " failed");
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
