package cn.ybjg.indicators.seeds;

/** Where a figure comes from: the seed document's file name and its section. */
public record Source(String document, String section) {
}
