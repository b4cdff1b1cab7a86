package cn.wenshui.compensation.household;

import java.time.LocalDate;

/** 三(三): the incentive counts from the later of signing and payment to moving out. */
public record Dates(LocalDate agreementSigned, LocalDate compensationPaid, LocalDate movedOut) {
}
