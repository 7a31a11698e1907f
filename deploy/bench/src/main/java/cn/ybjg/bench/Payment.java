package cn.ybjg.bench;

/** The money of one settlement, in fen; the five payment parts add up to total exactly. */
record Payment(long total, long policyScope, long fund, long seriousIllness, long medicalAssistance,
               long personalAccount, long cash) {
    Payment {
        if (fund + seriousIllness + medicalAssistance + personalAccount + cash != total
                || policyScope > total || Math.min(Math.min(fund, seriousIllness), Math.min(medicalAssistance,
                Math.min(personalAccount, cash))) < 0 || policyScope < 0) {
            throw new IllegalStateException("inconsistent payment " + this);
        }
    }

    /** 所有基金支付: everything but the person's cash. */
    long allFunds() {
        return total - cash;
    }
}
