package cn.ybjg.supervision.streams;

/** A consumed record and what it parsed to: an event, or the problem that sends it to the dead-letter topic. */
record ParsedEvent(byte[] raw, PersonEvent event, String problem) {

    static ParsedEvent ok(byte[] raw, PersonEvent event) {
        return new ParsedEvent(raw, event, null);
    }

    static ParsedEvent rejected(byte[] raw, String problem) {
        return new ParsedEvent(raw, null, problem);
    }

    boolean usable() {
        return event != null;
    }
}
