package com.salesos.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Puts a price list in place: each entry wins over its period, so an earlier price of the same product, currency
 * and list ends the day before, resumes the day after a bounded entry, or goes when the entry covers it entirely.
 */
@Component
class PriceListImport {

    private final Products products;
    private final PriceListEntries prices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PriceListImport(Products products, PriceListEntries prices, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.prices = prices;
        this.events = events;
        this.clock = clock;
    }

    PriceListResult apply(List<ListPrice> items) {
        Map<String, Product> bySku = products.findBySkuIn(items.stream().map(ListPrice::sku).toList()).stream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
        List<ListPrice> entries = checked(items, bySku);
        Counts counts = new Counts();
        List<PriceView> placed = new ArrayList<>();
        // per product, currency and list in date order, so a batch means the same whatever order it came in
        IntStream.range(0, entries.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> key(entries.get(i))).thenComparing(i -> entries.get(i).validFrom()))
                .forEach(i -> place(bySku.get(entries.get(i).sku()), entries.get(i), counts, placed));
        if (!placed.isEmpty()) {
            events.publishEvent(new PriceListImported(placed, clock.instant()));
        }
        return new PriceListResult(placed.size(), counts.unchanged, counts.shortened, counts.removed, placed);
    }

    private List<ListPrice> checked(List<ListPrice> items, Map<String, Product> bySku) {
        List<FieldError> errors = new ArrayList<>();
        List<ListPrice> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ListPrice item = items.get(i);
            String at = "items[" + i + "].";
            if (!bySku.containsKey(item.sku())) {
                errors.add(new FieldError(at + "sku", "is not a known product"));
            }
            try {
                Currencies.require(item.currency(), at + "currency");
            } catch (InvalidFieldException e) {
                errors.addAll(e.errors());
            }
            LocalDate from = item.validFrom() == null ? LocalDate.now(clock) : item.validFrom();
            if (item.validTo() != null && item.validTo().isBefore(from)) {
                errors.add(new FieldError(at + "validTo", "must not be before validFrom"));
            }
            String list = item.listName() == null || item.listName().isBlank() ? CatalogService.STANDARD_LIST
                    : item.listName().strip();
            ListPrice entry = new ListPrice(item.sku(), list, item.amount(), item.currency(), from, item.validTo());
            Integer earlier = seen.putIfAbsent(key(entry) + "|" + entry.validFrom(), i);
            if (earlier != null) {
                errors.add(new FieldError(at + "validFrom", "repeats the period start of items[" + earlier + "]"));
            }
            entries.add(entry);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return entries;
    }

    private void place(Product product, ListPrice entry, Counts counts, List<PriceView> placed) {
        Money price = new Money(entry.amount(), entry.currency());
        LocalDate from = entry.validFrom();
        LocalDate to = entry.validTo();
        List<PriceListEntry> existing = prices.findByProductIdAndCurrencyAndListName(product.getId(),
                entry.currency(), entry.listName());
        if (existing.stream().anyMatch(e -> e.getValidFrom().equals(from) && Objects.equals(e.getValidTo(), to)
                && e.unitPrice().equals(price))) {
            counts.unchanged++;
            return;
        }
        List<PriceListEntry> resumed = new ArrayList<>();
        for (PriceListEntry e : existing.stream().filter(e -> e.overlaps(from, to)).toList()) {
            boolean outlasts = to != null && (e.getValidTo() == null || e.getValidTo().isAfter(to));
            if (e.getValidFrom().isBefore(from)) {
                if (outlasts) {
                    resumed.add(new PriceListEntry(product.getId(), entry.listName(), e.unitPrice(), to.plusDays(1),
                            e.getValidTo(), clock.instant()));
                }
                e.endOn(from.minusDays(1));
                counts.shortened++;
            } else if (outlasts) {
                e.startOn(to.plusDays(1));
                counts.shortened++;
            } else {
                prices.delete(e);
                counts.removed++;
            }
        }
        // the database refuses overlapping periods at once: the old ones must be out of the way before the insert
        prices.flush();
        prices.saveAll(resumed);
        placed.add(prices.save(new PriceListEntry(product.getId(), entry.listName(), price, from, to,
                clock.instant())).toView(product.getSku()));
    }

    private static String key(ListPrice entry) {
        return entry.sku() + "|" + entry.currency() + "|" + entry.listName();
    }

    private static final class Counts {
        int unchanged;
        int shortened;
        int removed;
    }
}
