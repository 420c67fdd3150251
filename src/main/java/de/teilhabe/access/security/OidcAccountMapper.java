package de.teilhabe.access.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenant;
import de.teilhabe.region.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Maps a user of the identity provider to an existing, active local user of the one
 * tenant of its client registration ({@code teilhabe.oidc.registration.<id>.tenant}, a
 * tenant's slug). An identity (issuer + subject) already bound to a user signs in as that
 * user only. An unbound identity is matched once, at its first sign-in, by the claim
 * {@code teilhabe.oidc.username-claim} (default {@code preferred_username}) as the
 * username, else by a verified ({@code email_verified=true}) e-mail address that exactly
 * one user of the tenant has; that user, if not bound yet, is then bound to the identity.
 * Nobody is created here: an ADMIN invites users first.
 */
@Service
class OidcAccountMapper {

	static final String TENANT_PROPERTY = "teilhabe.oidc.registration.%s.tenant";

	private static final Logger log = LoggerFactory.getLogger(OidcAccountMapper.class);

	private final UserStore users;

	private final AccountUserDetailsService accounts;

	private final Tenants tenants;

	private final Environment environment;

	private final String usernameClaim;

	OidcAccountMapper(UserStore users, AccountUserDetailsService accounts, Tenants tenants, Environment environment,
			@Value("${teilhabe.oidc.username-claim:preferred_username}") String usernameClaim) {
		this.users = users;
		this.accounts = accounts;
		this.tenants = tenants;
		this.environment = environment;
		this.usernameClaim = usernameClaim;
	}

	/**
	 * Refuses to start with a client registration that names no tenant.
	 * @throws IllegalStateException for such a registration
	 */
	void requireTenants(Iterable<ClientRegistration> registrations) {
		for (ClientRegistration registration : registrations) {
			String property = TENANT_PROPERTY.formatted(registration.getRegistrationId());
			if (this.environment.getProperty(property, "").isBlank()) {
				throw new IllegalStateException("The OIDC client registration '" + registration.getRegistrationId()
						+ "' names no tenant: set " + property + " to the slug of the tenant whose users sign in "
						+ "through it (see docs/oidc.md).");
			}
		}
	}

	/**
	 * The local principal of an OIDC user who signed in through the given client
	 * registration.
	 * @throws OAuth2AuthenticationException if there is no such active local user
	 */
	OidcAccount map(String registrationId, OidcUser oidcUser) {
		Tenant tenant = tenantOf(registrationId)
			.orElseThrow(() -> refused(oidcUser, "client registration '" + registrationId + "' has no known tenant"));
		String issuer = (oidcUser.getIssuer() != null) ? oidcUser.getIssuer().toString() : null;
		String subject = oidcUser.getSubject();
		if (issuer == null || subject == null || subject.isBlank()) {
			throw refused(oidcUser, "no issuer or subject");
		}
		Optional<UserAccount> bound = this.users.findByOidcIdentity(issuer, subject);
		UserAccount user;
		if (bound.isPresent()) {
			user = bound.get();
			if (!user.actor().tenantId().equals(tenant.id())) {
				throw refused(oidcUser, "identity bound to a user of another tenant");
			}
		}
		else {
			user = firstSignIn(tenant.id(), oidcUser)
				.orElseThrow(() -> refused(oidcUser, "no matching user in tenant " + tenant.slug()));
		}
		if (!this.accounts.active(user)) {
			throw refused(oidcUser, "user " + user.getUsername() + " is not active");
		}
		if (bound.isEmpty() && !this.users.bindOidcIdentity(tenant.id(), user.id(), issuer, subject)) {
			throw refused(oidcUser, "user " + user.getUsername() + " is bound to another identity");
		}
		return new OidcAccount(oidcUser, user.actor());
	}

	/**
	 * The user of the tenant an unbound identity names: by username, else verified
	 * e-mail.
	 */
	private Optional<UserAccount> firstSignIn(UUID tenantId, OidcUser oidcUser) {
		Optional<UserAccount> account = Optional.ofNullable(oidcUser.getClaimAsString(this.usernameClaim))
			.filter((name) -> !name.isBlank())
			.flatMap(this.users::findByUsername)
			.filter((user) -> user.actor().tenantId().equals(tenantId));
		if (account.isEmpty() && oidcUser.getEmail() != null && Boolean.TRUE.equals(oidcUser.getEmailVerified())) {
			List<UserAccount> byEmail = this.users.findByEmail(oidcUser.getEmail())
				.stream()
				.filter((user) -> user.actor().tenantId().equals(tenantId))
				.toList();
			account = (byEmail.size() == 1) ? Optional.of(byEmail.get(0)) : Optional.empty();
		}
		return account;
	}

	private Optional<Tenant> tenantOf(String registrationId) {
		String slug = this.environment.getProperty(TENANT_PROPERTY.formatted(registrationId), "").strip();
		return slug.isEmpty() ? Optional.empty() : this.tenants.findBySlug(slug);
	}

	private OAuth2AuthenticationException refused(OidcUser oidcUser, String reason) {
		log.warn("OIDC sign-in refused ({}): issuer {}, subject '{}', {}={}, email={} (verified: {})", reason,
				oidcUser.getIssuer(), oidcUser.getSubject(), this.usernameClaim,
				oidcUser.getClaimAsString(this.usernameClaim), oidcUser.getEmail(), oidcUser.getEmailVerified());
		return new OAuth2AuthenticationException(
				new OAuth2Error("unknown_user", "No active local user for this identity", null));
	}

}
