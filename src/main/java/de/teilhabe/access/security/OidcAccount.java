package de.teilhabe.access.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Map;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.ActorPrincipal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of an OIDC sign-in: the identity provider's user, mapped to a local user
 * whose roles it carries. Its name is the local username, so that sessions can be found
 * (and ended) by it like those of form logins.
 */
final class OidcAccount implements OidcUser, ActorPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	private final OidcUser oidcUser;

	private final Actor actor;

	OidcAccount(OidcUser oidcUser, Actor actor) {
		this.oidcUser = oidcUser;
		this.actor = actor;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.oidcUser.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.oidcUser.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.oidcUser.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.oidcUser.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.actor.roles();
	}

	@Override
	public String getName() {
		return this.actor.username();
	}

}
