package de.teilhabe.access.security;

import java.util.List;
import java.util.Optional;

import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Maps a user of the identity provider to an existing, active local user: by the claim
 * {@code teilhabe.oidc.username-claim} (default {@code preferred_username}) as the
 * username, else by a verified-or-not e-mail address that exactly one user has. Nobody is
 * created here: an ADMIN invites users first.
 */
@Service
class OidcAccountMapper {

	private static final Logger log = LoggerFactory.getLogger(OidcAccountMapper.class);

	private final UserStore users;

	private final AccountUserDetailsService accounts;

	private final String usernameClaim;

	OidcAccountMapper(UserStore users, AccountUserDetailsService accounts,
			@Value("${teilhabe.oidc.username-claim:preferred_username}") String usernameClaim) {
		this.users = users;
		this.accounts = accounts;
		this.usernameClaim = usernameClaim;
	}

	/**
	 * The local principal of an OIDC user.
	 * @throws OAuth2AuthenticationException if there is no such active local user
	 */
	OidcAccount map(OidcUser oidcUser) {
		Optional<UserAccount> account = Optional.ofNullable(oidcUser.getClaimAsString(this.usernameClaim))
			.filter((name) -> !name.isBlank())
			.flatMap(this.users::findByUsername);
		if (account.isEmpty() && oidcUser.getEmail() != null) {
			List<UserAccount> byEmail = this.users.findByEmail(oidcUser.getEmail());
			account = (byEmail.size() == 1) ? Optional.of(byEmail.get(0)) : Optional.empty();
		}
		UserAccount user = account.filter(this.accounts::active).orElseThrow(() -> {
			log.warn("OIDC sign-in refused: no active local user for subject '{}' ({}={}, email={})",
					oidcUser.getSubject(), this.usernameClaim, oidcUser.getClaimAsString(this.usernameClaim),
					oidcUser.getEmail());
			return new OAuth2AuthenticationException(
					new OAuth2Error("unknown_user", "No active local user for this identity", null));
		});
		return new OidcAccount(oidcUser, user.actor());
	}

}
