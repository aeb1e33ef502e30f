package com.salesos.accounts;

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

/** Accounts: anyone signed in reads and creates them; machine clients need the {@code accounts} scope to create. */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_accounts')")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    PageResponse<AccountView> list(@RequestParam(required = false) UUID territoryId,
            @RequestParam(required = false) AccountType type, @RequestParam(required = false) AccountTier tier,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return accounts.list(new AccountFilter(territoryId, type, tier, q), PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_accounts')")
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccount request) {
        AccountView account = accounts.create(request);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id())).body(account);
    }

    @GetMapping("/{id}")
    AccountView get(@PathVariable UUID id) {
        return accounts.get(id);
    }
}
