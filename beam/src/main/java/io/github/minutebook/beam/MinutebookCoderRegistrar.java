package io.github.minutebook.beam;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Registers the coders of this module with every pipeline's coder registry, through {@code
 * META-INF/services}: a {@code PCollection<Meeting>} (or of {@link DecisionRecord}, {@link
 * CouncilRecord}, {@link InputRecord}, {@link Finding}, {@link Unreadable}, {@link Origin}) needs
 * no {@code setCoder}.
 */
public final class MinutebookCoderRegistrar implements CoderProviderRegistrar {
  /** The registrar, as the service loader makes it. */
  public MinutebookCoderRegistrar() {}

  @Override
  public List<CoderProvider> getCoderProviders() {
    return List.of(
        CoderProviders.forCoder(TypeDescriptor.of(Meeting.class), MinutebookCoder.meetings()),
        CoderProviders.forCoder(TypeDescriptor.of(DecisionRecord.class), MinutebookCoder.decisionRecords()),
        CoderProviders.forCoder(TypeDescriptor.of(CouncilRecord.class), MinutebookCoder.records()),
        CoderProviders.forCoder(TypeDescriptor.of(InputRecord.class), InputRecord.coder()),
        CoderProviders.forCoder(TypeDescriptor.of(Finding.class), Finding.coder()),
        CoderProviders.forCoder(TypeDescriptor.of(Unreadable.class), Unreadable.coder()),
        CoderProviders.forCoder(TypeDescriptor.of(Origin.class), Origin.coder()));
  }
}
