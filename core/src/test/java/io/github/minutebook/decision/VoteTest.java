package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


class VoteTest {
  @Test
  void countsVotesByPopoloOption() {
    Vote vote = Vote.builder()
        .putCount(VoteOption.YES, 7)
        .putCount(VoteOption.NO, 3)
        .putCount(VoteOption.ABSTAIN, 1)
        .castingVoteBy(Person.councillor("Stephen Carr"))
        .result(VoteResult.CARRIED)
        .build();
    assertEquals(7, vote.counts().get(VoteOption.YES));
    assertEquals(VoteResult.CARRIED, vote.result().orElseThrow());
  }

  @Test
  void rejectsANegativeCountAsImpossible() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Vote.builder().putCount(VoteOption.NO, -1).build());
    assertEquals("a vote count cannot be negative: NO -1", e.getMessage());
  }

  @Test
  void recordsNamedVotes() {
    Vote vote = Vote.builder()
        .addNamedVote(NamedVote.of(Person.councillor("Kate Lymer"), VoteOption.YES))
        .addNamedVote(NamedVote.of(Person.councillor("Peter Morgan"), VoteOption.ABSTAIN))
        .build();
    assertEquals(2, vote.namedVotes().size());
    assertEquals(Optional.of(VoteOption.ABSTAIN), vote.namedVotes().get(1).option());
  }
}
