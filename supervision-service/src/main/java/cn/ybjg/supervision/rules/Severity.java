package cn.ybjg.supervision.rules;

/** How sure a flag is: DEFINITE (the facts alone prove it) or SUSPICIOUS (needs a supervisor's review). */
public enum Severity { DEFINITE, SUSPICIOUS }
