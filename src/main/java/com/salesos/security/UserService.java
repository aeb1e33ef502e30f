package com.salesos.security;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds the people who sign in; passwords are stored hashed (BCrypt). */
@Service
public class UserService implements UserDetailsService {

    /** A person's account as other features see it. */
    public record UserView(UUID id, String username, String displayName, Set<Role> roles, UUID repId) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserService(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * Creates a person who can sign in.
     *
     * @param repId the sales rep record the person is, or null
     * @throws InvalidFieldException naming {@code username} when it is taken
     */
    @Transactional
    public UserView create(String username, String rawPassword, String displayName, Set<Role> roles, UUID repId) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new InvalidFieldException("username", "is already taken");
        }
        UserAccount account = accounts.save(new UserAccount(username, passwords.encode(rawPassword), displayName,
                roles, repId, clock.instant()));
        return view(account);
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserService::view);
    }

    /** The sign-in of a sales rep (the first one made, should there be several), if they have one. */
    @Transactional(readOnly = true)
    public Optional<UserView> findByRepId(UUID repId) {
        return accounts.findByRepIdOrderByCreatedAt(repId).stream().findFirst().map(UserService::view);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsernameIgnoreCase(username);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username).map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private static UserView view(UserAccount a) {
        Actor actor = a.toActor();
        return new UserView(a.getId(), a.getUsername(), a.getDisplayName(), actor.roles(), a.getRepId());
    }
}
