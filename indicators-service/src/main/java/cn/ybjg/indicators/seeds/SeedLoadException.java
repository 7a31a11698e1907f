package cn.ybjg.indicators.seeds;

/** A seed file that cannot be used; the message names the file and line at fault. */
public class SeedLoadException extends RuntimeException {
    public SeedLoadException(String message) {
        super(message);
    }
}
