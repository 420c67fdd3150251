package de.teilhabe.shared.web.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret field of a form record (a password): {@link FormBinder} binds it exactly as
 * typed (not stripped, spaces count) and never shows it again (its value in
 * {@link CheckedValues#values()} is empty, so a form with errors asks for it anew).
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Secret {

}
