/**
 * Users, roles, sign-in (form, OIDC, API tokens) and the audit log. Public API:
 * {@link de.teilhabe.access.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package de.teilhabe.access;
