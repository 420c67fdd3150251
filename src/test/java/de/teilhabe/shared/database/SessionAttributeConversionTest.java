package de.teilhabe.shared.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeConversionTest {

	private final GenericConversionService conversions = SessionAttributeConversion.create(getClass().getClassLoader());

	private byte[] bytes(Object value) {
		return this.conversions.convert(value, byte[].class);
	}

	private Object read(byte[] bytes) {
		return this.conversions.convert(bytes, Object.class);
	}

	private static SecurityContext signedIn(String username, String role) {
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	@Test
	void everyReadOfTheSameContextGetsItsOwnContextAroundTheSameUser() {
		byte[] stored = bytes(signedIn("beratung", "COUNSELLOR"));
		SecurityContext first = (SecurityContext) read(stored);
		SecurityContext second = (SecurityContext) read(stored);
		assertThat(second).isNotSameAs(first);
		assertThat(second.getAuthentication().getName()).isEqualTo("beratung");
		// a logout clears its own request's context; another request of the same content
		// still sees the user
		first.setAuthentication(null);
		assertThat(((SecurityContext) read(stored)).getAuthentication().getName()).isEqualTo("beratung");
	}

	@Test
	void aChangedContextIsReadAnew() {
		read(bytes(signedIn("lotse", "GUIDE")));
		SecurityContext changed = (SecurityContext) read(bytes(signedIn("lotse", "GUIDE_COORDINATOR")));
		assertThat(changed.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_GUIDE_COORDINATOR");
	}

	@Test
	void theCsrfTokenIsReadOnceAndItsContentKept() {
		byte[] stored = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "one"));
		CsrfToken first = (CsrfToken) read(stored);
		assertThat(read(stored)).isSameAs(first);
		CsrfToken other = (CsrfToken) read(bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "two")));
		assertThat(other.getToken()).isEqualTo("two");
	}

	@Test
	void otherAttributesAreReadEveryTimeAndNeverShared() {
		byte[] stored = bytes(new java.util.ArrayList<>(List.of("flash")));
		Object first = read(stored);
		assertThat(read(stored)).isEqualTo(first).isNotSameAs(first);
	}

}
