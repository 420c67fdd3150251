package de.teilhabe.access.security;

import de.teilhabe.access.user.UserAccount;
import de.teilhabe.access.user.UserStore;
import de.teilhabe.region.Tenants;
import de.teilhabe.shared.PlatformMode;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads users for form login. Users of demo tenants can sign in only in demo mode.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserStore users;

	private final Tenants tenants;

	private final PlatformMode mode;

	AccountUserDetailsService(UserStore users, Tenants tenants, PlatformMode mode) {
		this.users = users;
		this.tenants = tenants;
		this.mode = mode;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return usable(account) ? account : new UserAccount(account.actor(), account.passwordHash(), false);
	}

	/** Whether the user may sign in with a password. */
	boolean usable(UserAccount account) {
		return account.passwordHash() != null && active(account);
	}

	/**
	 * Whether the user may act at all (token, OIDC): active, and a demo tenant's user
	 * only in demo mode.
	 */
	boolean active(UserAccount account) {
		boolean demoTenant = this.tenants.find(account.actor().tenantId()).map((t) -> t.demo()).orElse(false);
		return account.enabled() && (!demoTenant || this.mode.isDemo());
	}

}
