package cn.ybjg.bench;

/** Run-specific identifiers: fixed width, so string order is creation order. */
final class Ids {
    private final String prefix;
    private int persons;
    private int settlements;

    Ids(String prefix) {
        this.prefix = prefix;
    }

    String nextPerson() {
        return prefix + "P" + String.format("%06d", ++persons);
    }

    String nextSettlement() {
        return prefix + "S" + String.format("%07d", ++settlements);
    }

    String prefix() {
        return prefix;
    }
}
