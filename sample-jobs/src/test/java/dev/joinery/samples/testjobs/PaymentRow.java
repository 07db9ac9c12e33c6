package dev.joinery.samples.testjobs;

import dev.joinery.annotations.Expect;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;

/** Payments with a rule per action: an unknown status is set aside, an odd amount only counted, a bad country fails the run. */
@Table(name = "test.payments", location = "in/payments", format = Format.CSV)
public record PaymentRow(long id,
    @Expect(oneOf = {"PAID", "PENDING"}, action = Expect.Action.QUARANTINE) String status,
    @Expect(min = "0", max = "1000") Integer amount,
    @Expect(pattern = "[A-Z]{2}", name = "iso_country", action = Expect.Action.FAIL) String country) {}
