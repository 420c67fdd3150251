package de.teilhabe.access.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the OIDC user as Spring Security does, then maps it to the local user.
 */
class LocalOidcUserService extends OidcUserService {

	private final OidcAccountMapper mapper;

	LocalOidcUserService(OidcAccountMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		return this.mapper.map(request.getClientRegistration().getRegistrationId(), super.loadUser(request));
	}

}
