package cn.ybjg.indicators.seeds;

/** Resident population (常住人口) of a region in a year: the ENROLLMENT_RATE denominator. */
public record PopulationFigure(String regionCode, String regionName, int year, long residents, String note,
                               Source source) {
}
