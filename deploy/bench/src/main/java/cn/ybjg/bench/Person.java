package cn.ybjg.bench;

import java.time.LocalDate;

/** 参保人. gender "1" male / "2" female; division = the first six digits of the ID number. */
record Person(String personId, String idNumber, String gender, LocalDate birthDate, Region region) {
    String division() {
        return idNumber.substring(0, 6);
    }

    int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    boolean male() {
        return "1".equals(gender);
    }
}
