package io.github.minutebook.meeting;

/** How someone took part in a meeting: in the room or through a link. */
public enum AttendanceMode {
  /** In the room. */
  IN_PERSON,
  /**
   * By audio or video link: "(virtual)", "via audio/visual link", "Remote Member", "electronic
   * attendance".
   */
  REMOTE
}
