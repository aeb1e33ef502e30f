package com.salesos.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.Money;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.platform.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds products and answers what a product costs in a currency on a day. */
@Service
public class CatalogService {

    /** The price list used when none is named. */
    public static final String STANDARD_LIST = "STANDARD";

    private final Products products;
    private final PriceListEntries prices;
    private final PriceListImport priceLists;
    private final Clock clock;

    CatalogService(Products products, PriceListEntries prices, PriceListImport priceLists, Clock clock) {
        this.products = products;
        this.prices = prices;
        this.priceLists = priceLists;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code sku} when taken, {@code unitCost}/{@code price.*} when invalid */
    @Transactional
    public ProductView create(NewProduct request) {
        if (products.existsBySku(request.sku())) {
            throw new InvalidFieldException("sku", "is already used by another product");
        }
        if (request.unitCost() != null && request.unitCost().amount().signum() < 0) {
            throw new InvalidFieldException("unitCost.amount", "must be 0 or more");
        }
        Product product = products.save(new Product(request.sku(), request.name().strip(), request.category().strip(),
                request.unit() == null ? "piece" : request.unit(), request.active() == null || request.active(),
                request.unitCost(), clock.instant()));
        if (request.price() != null) {
            addPrice(product, request.price(), "price.");
        }
        return view(product);
    }

    /**
     * Puts a price on a list for a period.
     *
     * @throws NotFoundException when the SKU is unknown
     * @throws InvalidFieldException naming {@code currency}, {@code validTo} or {@code validFrom} (a period that
     *         overlaps another price of the same product, currency and list)
     */
    @Transactional
    public PriceView addPrice(String sku, NewPrice price) {
        return addPrice(products.findBySku(sku).orElseThrow(() -> new NotFoundException("Product", sku)), price, "");
    }

    private PriceView addPrice(Product product, NewPrice price, String fieldPrefix) {
        String currency = Currencies.require(price.currency(), fieldPrefix + "currency");
        LocalDate from = price.validFrom() == null ? LocalDate.now(clock) : price.validFrom();
        if (price.validTo() != null && price.validTo().isBefore(from)) {
            throw new InvalidFieldException(fieldPrefix + "validTo", "must not be before validFrom");
        }
        String list = price.listName() == null || price.listName().isBlank() ? STANDARD_LIST : price.listName().strip();
        if (prices.findByProductIdAndCurrencyAndListName(product.getId(), currency, list).stream()
                .anyMatch(e -> e.overlaps(from, price.validTo()))) {
            throw new InvalidFieldException(fieldPrefix + "validFrom",
                    "overlaps another " + currency + " price of " + product.getSku() + " on list " + list);
        }
        return prices.save(new PriceListEntry(product.getId(), list, new Money(price.amount(), currency), from,
                price.validTo(), clock.instant())).toView(product.getSku());
    }

    /**
     * Puts a price list from the pricing system in place, all or nothing. Each entry wins over its period: an
     * earlier price of the same product, currency and list ends the day before it (and resumes the day after a
     * bounded entry); one that lies wholly inside it is removed. An entry equal to an existing one changes nothing.
     * Publishes {@link PriceListImported} when a price changed.
     *
     * @throws InvalidFieldException naming {@code items[i].sku} (unknown), {@code items[i].currency},
     *         {@code items[i].validTo} (before validFrom) or {@code items[i].validFrom} (a period start repeated)
     */
    @Transactional
    public PriceListResult importPriceList(List<ListPrice> items) {
        return priceLists.apply(items);
    }

    /** The standard-list price of the SKU in the currency on the day; empty when the SKU or a price is missing. */
    @Transactional(readOnly = true)
    public Optional<PriceView> currentPrice(String sku, String currency, LocalDate day) {
        return currentPrice(sku, currency, day, STANDARD_LIST);
    }

    @Transactional(readOnly = true)
    public Optional<PriceView> currentPrice(String sku, String currency, LocalDate day, String listName) {
        return products.findBySku(sku).flatMap(p -> prices.validOn(List.of(p.getId()), day).stream()
                .map(e -> e.toView(p.getSku()))
                .filter(v -> v.listName().equals(listName) && v.unitPrice().currency().equals(currency))
                .findFirst());
    }

    /** @throws NotFoundException when no product has this id */
    @Transactional(readOnly = true)
    public ProductView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    @Transactional(readOnly = true)
    public Optional<ProductView> find(UUID id) {
        return products.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<ProductView> findBySku(String sku) {
        return products.findBySku(sku).map(this::view);
    }

    /** Products of a category (null = all) matching {@code q} on SKU or name, each with today's prices. */
    @Transactional(readOnly = true)
    public PageResponse<ProductView> list(String category, String q, PageRequest page) {
        Page<Product> found = products.findAll(matching(category, q), page.withSort(Sort.by("sku")));
        Map<UUID, List<PriceView>> today = pricesOn(found.getContent(), LocalDate.now(clock));
        return PageResponse.of(found, p -> p.toView(today.getOrDefault(p.getId(), List.of())));
    }

    /** The unit cost of the SKU, when known; for margin checks. */
    @Transactional(readOnly = true)
    public Optional<Money> unitCost(String sku) {
        return findBySku(sku).map(ProductView::unitCost);
    }

    private ProductView view(Product product) {
        return product.toView(pricesOn(List.of(product), LocalDate.now(clock)).getOrDefault(product.getId(), List.of()));
    }

    private Map<UUID, List<PriceView>> pricesOn(List<Product> page, LocalDate day) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> skus = page.stream().collect(Collectors.toMap(Product::getId, Product::getSku));
        return prices.validOn(skus.keySet(), day).stream().collect(Collectors.groupingBy(PriceListEntry::getProductId,
                Collectors.mapping(e -> e.toView(skus.get(e.getProductId())), Collectors.toList())));
    }

    private static Specification<Product> matching(String category, String q) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (category != null && !category.isBlank()) {
                where.add(cb.equal(cb.lower(root.get("category")), category.strip().toLowerCase()));
            }
            if (SearchText.isGiven(q)) {
                String like = SearchText.containsPattern(q);
                where.add(cb.or(cb.like(cb.lower(root.get("sku")), like, SearchText.ESCAPE),
                        cb.like(cb.lower(root.get("name")), like, SearchText.ESCAPE)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
