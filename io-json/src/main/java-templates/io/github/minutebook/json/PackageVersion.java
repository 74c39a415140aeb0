package io.github.minutebook.json;

import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this build of the module, as Jackson's own modules carry theirs: Maven writes the
 * project's coordinates into this template (src/main/java-templates) before compiling it.
 */
final class PackageVersion {
  static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}",
      "${project.artifactId}");

  private PackageVersion() {}
}
