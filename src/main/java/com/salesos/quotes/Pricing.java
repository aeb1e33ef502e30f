package com.salesos.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.salesos.catalog.CatalogService;
import com.salesos.catalog.PriceView;
import com.salesos.catalog.ProductView;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prices lines from the standard price list of a day; shared by quotes and direct orders. */
@Service
public class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CatalogService catalog;

    Pricing(CatalogService catalog) {
        this.catalog = catalog;
    }

    /**
     * @param field the JSON path of the list in the request ({@code items}), used to name offending lines
     * @throws InvalidFieldException naming every bad line part at once: {@code items} empty, {@code items[i].sku}
     *         unknown, {@code items[i]} without a price in the currency, {@code items[i].quantity} not above 0,
     *         {@code items[i].discountPercent} outside 0 to 100
     */
    @Transactional(readOnly = true)
    public PricedLines price(String currency, LocalDate day, List<LineRequest> items, String field) {
        if (items == null || items.isEmpty()) {
            throw new InvalidFieldException(field, "must hold at least one line");
        }
        List<FieldError> errors = new ArrayList<>();
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = field + "[" + i + "]";
            LineRequest item = items.get(i);
            if (item == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            BigDecimal discount = item.discountPercent() == null ? BigDecimal.ZERO : item.discountPercent();
            if (item.quantity() == null || item.quantity() <= 0) {
                errors.add(new FieldError(at + ".quantity", "must be more than 0"));
            }
            if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0 || discount.scale() > 2) {
                errors.add(new FieldError(at + ".discountPercent", "must be between 0 and 100 with at most 2 decimals"));
            }
            ProductView product = item.sku() == null ? null : catalog.findBySku(item.sku().strip()).orElse(null);
            if (product == null) {
                errors.add(new FieldError(at + ".sku", item.sku() == null ? "is required" : "is not a known product"));
                continue;
            }
            PriceView price = catalog.currentPrice(product.sku(), currency, day).orElse(null);
            if (price == null) {
                errors.add(new FieldError(at, product.sku() + " has no " + currency + " price on " + day));
                continue;
            }
            if (errors.isEmpty()) {
                lines.add(line(product, price.unitPrice(), item.quantity(), discount, currency));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return PricedLines.of(currency, lines);
    }

    private static PricedLine line(ProductView product, Money unitPrice, int quantity, BigDecimal discountPercent,
            String currency) {
        Money cost = product.unitCost() != null && product.unitCost().currency().equals(currency) ? product.unitCost()
                : null;
        return PricedLine.of(product.id(), product.sku(), product.name(), product.category(), quantity, unitPrice,
                discountPercent, cost);
    }
}
