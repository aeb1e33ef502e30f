package com.salesos.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (the login form and HTTP Basic) with the lock-out in front: a locked name is refused before its
 * password is even checked, so guessing on does not help; a wrong password counts, a right one clears the count.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    /** Refused because of too many failures; carries the end of the lock for the Retry-After header. */
    static final class SignInLockedException extends LockedException {
        private final transient Instant until;

        SignInLockedException(Instant until) {
            super("Too many failed sign-ins; try again after " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInLockout lockout;

    LockoutAuthenticationProvider(DaoAuthenticationProvider passwords, SignInLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        Optional<Instant> locked = lockout.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            lockout.succeeded(username, address);
            return result;
        } catch (BadCredentialsException e) {
            // unknown names count too (the provider hides them as bad credentials), so probing names gains nothing
            lockout.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
