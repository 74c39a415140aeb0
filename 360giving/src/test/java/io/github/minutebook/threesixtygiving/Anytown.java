package io.github.minutebook.threesixtygiving;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Person;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A made-up officer decision of a made-up council awarding community grants: three grants (to a
 * charity, to a group known by name only, to a person), a sum set aside and a recommended grant,
 * which are not grants yet.
 */
final class Anytown {
  static final String PREFIX = "360G-anytown";

  static final Body COUNCIL = Body.builder().name("Anytown Borough Council").kind(BodyKind.AUTHORITY)
      .addIdentifiers(Identifier.of("GB-LAE", "ANY")).build();

  static final Body LARDER = Body.builder().name("Anytown Community Larder").kind(BodyKind.VOLUNTARY_ORGANISATION)
      .addIdentifiers(Identifier.of("GB-CHC", "1234567"))
      .address(Address.builder().streetAddress("2 Market Street").locality("Anytown").postalCode("AN1 2MS")
          .countryName("United Kingdom").build())
      .build();

  static final Body SCOUTS = Body.named("1st Anytown Scout Group");

  private Anytown() {}

  /** The decision record. */
  static DecisionRecord communityChest() {
    return DecisionRecord.builder()
        .id("ODR-2024-017")
        .kind(DecisionRecordKind.OFFICER_DECISION)
        .authority(COUNCIL)
        .title("Community Chest grants, October 2024")
        .decisionMaker(Person.ofPost("Head of Communities"))
        .decisionDate(LocalDate.of(2024, 10, 2))
        .addDecisions(Resolution.builder()
            .addParts(ResolutionPart.builder().label("1")
                .text("a grant of £4,500 be awarded to Anytown Community Larder to open on Saturdays from "
                    + "November to March")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocations(FundingAllocation.builder()
                    .purpose("Winter opening of the community larder")
                    .programme("Community Chest 2024/25")
                    .amount(Amount.builder().money(Money.of("4500", "GBP")).basis(AmountBasis.ONE_OFF)
                        .period(DateRange.builder().start(LocalDate.of(2024, 11, 2)).end(LocalDate.of(2025, 3, 29))
                            .asWritten("Saturdays, November to March").build())
                        .asWritten("£4,500").build())
                    .addFundingSources(FundingSource.builder().kind(FundingSourceKind.NAMED_FUND)
                        .name("Community Chest").build())
                    .status(FundingStatus.APPROVED)
                    .recipient(LARDER)
                    .build())
                .build())
            .addParts(ResolutionPart.builder().label("2")
                .text("a capital grant of up to £12,000 be awarded to the 1st Anytown Scout Group for repairs "
                    + "to the hut roof, subject to three quotations")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocations(FundingAllocation.builder()
                    .purpose("Repairs to the scout hut roof")
                    .amount(Amount.builder().money(Money.of("12000", "GBP")).qualifier(AmountQualifier.UP_TO).build())
                    .status(FundingStatus.APPROVED)
                    .recipient(SCOUTS)
                    .addConditions(Condition.builder().text("subject to three quotations")
                        .kind(ConditionKind.OTHER).build())
                    .build())
                .build())
            .addParts(ResolutionPart.builder().label("3")
                .text("a hardship grant of £250.50 be made towards a replacement cooker")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocations(FundingAllocation.builder()
                    .id("hardship-0019")
                    .amount(Amount.of(Money.of("250.50", "GBP")))
                    .status(FundingStatus.APPROVED)
                    .recipient(Person.builder().id("360G-anytown-IND-0019").name("Individual Recipient").build())
                    .build())
                .build())
            .addParts(ResolutionPart.builder().label("4")
                .text("£20,000 be set aside for a second round in the spring")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocations(FundingAllocation.builder()
                    .purpose("a second round of Community Chest grants")
                    .amount(Amount.of(Money.of("20000", "GBP")))
                    .status(FundingStatus.SET_ASIDE)
                    .build())
                .build())
            .addParts(ResolutionPart.builder().label("5")
                .text("Cabinet be recommended to award £50,000 a year to Anytown Citizens Advice")
                .effect(PartEffect.RECOMMEND)
                .addFundingAllocations(FundingAllocation.builder()
                    .amount(Amount.builder().money(Money.of("50000", "GBP")).basis(AmountBasis.PER_ANNUM).build())
                    .status(FundingStatus.RECOMMENDED)
                    .recipient(Body.named("Anytown Citizens Advice"))
                    .build())
                .build())
            .build())
        .provenance(Provenance.builder()
            .address("https://democracy.anytown.example/ieDecisionDetails.aspx?ID=17")
            .modified(OffsetDateTime.parse("2024-10-03T09:15:00+01:00"))
            .build())
        .build();
  }
}
