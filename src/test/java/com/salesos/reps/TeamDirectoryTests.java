package com.salesos.reps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.salesos.ApiFixtures;
import com.salesos.security.AccessPolicy;
import com.salesos.security.TeamDirectory;
import com.salesos.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

@SpringBootTest
@AutoConfigureMockMvc
class TeamDirectoryTests {

    @Autowired
    RepService reps;
    @Autowired
    TeamDirectory teams;
    @Autowired
    AccessPolicy access;
    @Autowired
    UserService users;

    static UUID rep(RepService reps, RepRole role, UUID managerId, String username) {
        return reps.create(new NewRep("T", ApiFixtures.unique("Team"), ApiFixtures.unique("t") + "@example.com", null,
                role, managerId, null, null, null, null, null, username, username == null ? null : "secret-pw")).id();
    }

    @Test
    void managersTeamIsTheirReportsAndTheirReportsReports() {
        UUID head = rep(reps, RepRole.MANAGER, null, null);
        UUID lead = rep(reps, RepRole.MANAGER, head, null);
        UUID direct = rep(reps, RepRole.FIELD, head, null);
        UUID indirect = rep(reps, RepRole.INSIDE, lead, null);
        UUID stranger = rep(reps, RepRole.FIELD, null, null);

        assertThat(teams.teamOf(head)).containsExactlyInAnyOrder(lead, direct, indirect);
        assertThat(teams.teamOf(lead)).containsExactly(indirect);
        assertThat(teams.teamOf(direct)).isEmpty();
        assertThat(teams.teamOf(stranger)).isEmpty();
    }

    @Test
    void signedInManagerSeesOwnAndTeamRecordsOnly() {
        String username = ApiFixtures.unique("team-manager-");
        UUID manager = rep(reps, RepRole.MANAGER, null, username);
        UUID member = rep(reps, RepRole.FIELD, manager, null);
        UUID stranger = rep(reps, RepRole.FIELD, null, null);
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            assertThat(access.visibleRepIds()).hasValueSatisfying(ids -> assertThat(ids)
                    .containsExactlyInAnyOrder(manager, member));
            assertThat(access.canSeeRep(stranger)).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
