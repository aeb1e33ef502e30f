package com.salesos.ai;

import java.util.List;
import java.util.function.Supplier;

import com.salesos.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Job workers run outside any request: the AI acts for the process as sales ops would (sees every rep), so the
 * features' visibility rules let it read what the process is about.
 */
final class SystemCaller {

    private SystemCaller() {
    }

    static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ai-sales-manager", null,
                List.of(new SimpleGrantedAuthority(Role.SALES_OPS.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
