package de.teilhabe.access.user;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import de.teilhabe.shared.security.Actor;
import de.teilhabe.shared.security.ActorPrincipal;
import de.teilhabe.shared.security.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as security sees it: the principal of form logins and token requests. The
 * password hash is erased after authentication, so sessions never hold it.
 */
public final class UserAccount implements UserDetails, ActorPrincipal, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final Actor actor;

	private final boolean enabled;

	private String passwordHash;

	public UserAccount(Actor actor, String passwordHash, boolean enabled) {
		this.actor = actor;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	@Override
	public Actor actor() {
		return this.actor;
	}

	public UUID id() {
		return this.actor.userId();
	}

	public Set<Role> roles() {
		return this.actor.roles();
	}

	public boolean enabled() {
		return this.enabled;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.actor.roles();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
