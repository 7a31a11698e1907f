package cn.ybjg.supervision.review;

import cn.ybjg.supervision.flags.FlagView;

/** A 409 answer: why, and the flag as it stands now. */
public record ConflictBody(String error, String message, FlagView current) {
}
