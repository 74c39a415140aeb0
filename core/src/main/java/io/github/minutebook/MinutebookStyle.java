package io.github.minutebook;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
    // Only these annotations may be copied in from the class path: no @Generated of Immutables or
    // javax in the class files, so consumers compile without Immutables warnings. The packages are
    // @CheckReturnValue; @CanIgnoreReturnValue on the generated builders' setters lets a user's
    // Error Prone build call builder.addAgendaItem(item) in a loop without using the result.
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class})
@interface MinutebookStyle {}
