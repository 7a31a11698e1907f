package cn.ybjg.claims.ingest;

import java.util.List;

/** The batch answer of contract section 1 (200 when nothing was rejected, 422 otherwise). */
public record BatchResult(int accepted, int duplicates, List<Rejection> rejected) {
}
