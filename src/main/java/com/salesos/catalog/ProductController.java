package com.salesos.catalog;

import java.net.URI;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Products with today's prices: anyone signed in reads them; sales ops, admins and the {@code catalog} scope create. */
@RestController
@RequestMapping("/api/v1/products")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_catalog')")
class ProductController {

    private final CatalogService catalog;

    ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    PageResponse<ProductView> list(@RequestParam(required = false) String category,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return catalog.list(category, q, PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_catalog')")
    ResponseEntity<ProductView> create(@Valid @RequestBody NewProduct request) {
        ProductView product = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(product);
    }

    @GetMapping("/{id}")
    ProductView get(@PathVariable UUID id) {
        return catalog.get(id);
    }
}
