package ${package};

import dev.joinery.annotations.Decimal;
import dev.joinery.annotations.Format;
import dev.joinery.annotations.Table;
import java.math.BigDecimal;

/** Orders as the shop exports them. */
@Table(name = "raw.orders", location = "data/raw/orders", format = Format.CSV)
public record Order(long orderId, String country, String status, @Decimal(precision = 10, scale = 2) BigDecimal amount) {}
