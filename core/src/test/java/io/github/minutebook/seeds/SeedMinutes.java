package io.github.minutebook.seeds;

import io.github.minutebook.meeting.Meeting;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The five seed minutes built with the builders, by seed file name: the real-data fixtures the
 * other modules' tests (JSON golden files, validation, examples) build on.
 */
public final class SeedMinutes {
  private SeedMinutes() {}

  /** Every seed meeting, by the name of the seed file it is built from, in file order. */
  public static Map<String, Meeting> all() {
    Map<String, Supplier<Meeting>> seeds = new LinkedHashMap<>();
    seeds.put(Seed000A2020ScrutinyUpdate.FILE, Seed000A2020ScrutinyUpdate::meeting);
    seeds.put(Seed001HackneyExecutiveResponse.FILE, Seed001HackneyExecutiveResponse::meeting);
    seeds.put(Seed002BromleyExecutive.FILE, Seed002BromleyExecutive::meeting);
    seeds.put(Seed003LeedsStrategicCommissioning.FILE, Seed003LeedsStrategicCommissioning::meeting);
    seeds.put(Seed004BromleyChiefExecutiveScrutiny.FILE, Seed004BromleyChiefExecutiveScrutiny::meeting);
    Map<String, Meeting> meetings = new LinkedHashMap<>();
    seeds.forEach((file, meeting) -> meetings.put(file, meeting.get()));
    return meetings;
  }
}
