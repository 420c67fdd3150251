package de.teilhabe.shared.database;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How Spring Session turns session attributes into bytes and back: Java serialization, as
 * Spring Session does by default, except that the signed-in user's security context, read
 * on every request, is deserialized once per distinct content and then taken from a small
 * cache (keyed by the exact bytes, so a changed context is read anew). Every request gets
 * its own {@link SecurityContextImpl} around the cached authentication (the platform
 * never edits an authentication in place; a new one is stored as new bytes), so that a
 * logout clearing its context touches no other request. Deserializing it was about a
 * tenth of the CPU of a signed-in page view. The session's CSRF token, read by every page
 * with a form (the layout's sign-out form: every signed-in page), is cached the same way;
 * it is immutable ({@link DefaultCsrfToken}), so every read shares the one instance.
 */
final class SessionAttributeConversion {

	/** Distinct security contexts and CSRF tokens kept; emptied when it is full. */
	static final int MAX_CACHED_CONTEXTS = 5_000;

	private SessionAttributeConversion() {
	}

	static GenericConversionService create(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class,
				new CachingSecurityContexts(new DeserializingConverter(classLoader)));
		return conversions;
	}

	static final class CachingSecurityContexts implements Converter<byte[], Object> {

		private final Converter<byte[], Object> deserializer;

		private final Map<Content, Object> kept = new ConcurrentHashMap<>();

		CachingSecurityContexts(Converter<byte[], Object> deserializer) {
			this.deserializer = deserializer;
		}

		@Override
		public Object convert(byte[] bytes) {
			Content key = new Content(bytes);
			Object cached = this.kept.get(key);
			if (cached instanceof SecurityContext context) {
				return new SecurityContextImpl(context.getAuthentication());
			}
			if (cached != null) {
				return cached;
			}
			Object value = this.deserializer.convert(bytes);
			if (value instanceof SecurityContext context) {
				keep(key, new SecurityContextImpl(context.getAuthentication()));
			}
			else if (value != null && value.getClass() == DefaultCsrfToken.class) {
				keep(key, value);
			}
			return value;
		}

		private void keep(Content key, Object value) {
			if (this.kept.size() >= MAX_CACHED_CONTEXTS) {
				this.kept.clear();
			}
			this.kept.put(key, value);
		}

	}

	/** Byte content as a map key. */
	private record Content(byte[] bytes, int hash) {

		Content(byte[] bytes) {
			this(bytes, Arrays.hashCode(bytes));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Content content && this.hash == content.hash
					&& Arrays.equals(this.bytes, content.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
