package io.github.minutebook;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the library, applied to every package below this one through
 * {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes stay package-private; users see only the abstract types,
 * their public nested {@code Builder} and the {@code with*} methods of the generated {@code With*}
 * interfaces. Source retention keeps Immutables off consumers' class paths.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "criterion:criteria",
      "alternative:alternatives",
      "honorific:honorifics",
      "postNominal:postNominals",
      "exemptionGround:exemptionGrounds",
      "progressUpdate:progressUpdates",
      "extensionOption:extensionOptions"
    },
    defaults = @Value.Immutable(copy = true),
    // Only this harmless annotation may be copied in from the class path: no @Generated of
    // Immutables or javax in the class files, so consumers compile without Immutables warnings.
    allowedClasspathAnnotations = {Override.class})
@interface MinutebookStyle {}
