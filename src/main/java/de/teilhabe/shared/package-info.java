/**
 * Infrastructure every module uses: the embedded database, the platform mode, start-up
 * tasks, the security principal and roles, page layout and navigation, errors, jobs and
 * the mail outbox.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package de.teilhabe.shared;
