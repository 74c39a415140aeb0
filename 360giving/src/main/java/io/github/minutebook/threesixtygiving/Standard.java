package io.github.minutebook.threesixtygiving;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.minutebook.party.BodyKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What the 360Giving Data Standard 1.4.3 allows, in one place: its codes and its forms of values. */
final class Standard {
  /** The prefix of every note's code. */
  static final String CODE = "360giving.";

  /** The code of every note on a fact the other side has no field for. */
  static final String NOT_CARRIED = CODE + "not-carried";

  /**
   * The currencies of 360Giving's codelist {@code currency.csv}, which the schema checks: ISO 4217
   * codes, current and historic. A few that Java knows are missing (SLE, VED, XCG, ZWG). Copied from
   * the enum of {@code $defs.currency} in 360-giving-schema.json 1.4.3, in its order; kept here so
   * that reading and writing grants reads no schema, and held equal to the schema by {@code
   * StandardCurrenciesTest}, which names any difference.
   */
  static final Set<String> CURRENCIES = ImmutableSet.copyOf(Splitter.on(' ').split(
      "ADP AED AFA AFN ALK ALL AMD ANG AOA AOK AON AOR ARA ARP ARS ARY ATS AUD AWG AYM AZM AZN BAD BAM "
          + "BBD BDT BEC BEF BEL BGJ BGK BGL BGN BHD BIF BMD BND BOB BOP BOV BRB BRC BRE BRL BRN BRR BSD BTN "
          + "BUK BWP BYB BYN BYR BZD CAD CDF CHC CHE CHF CHW CLF CLP CNY COP COU CRC CSD CSJ CSK CUC CUP CVE "
          + "CYP CZK DDM DEM DJF DKK DOP DZD ECS ECV EEK EGP ERN ESA ESB ESP ETB EUR FIM FJD FKP FRF GBP GEK "
          + "GEL GHC GHP GHS GIP GMD GNE GNF GNS GQE GRD GTQ GWE GWP GYD HKD HNL HRD HRK HTG HUF IDR IEP ILP "
          + "ILR ILS INR IQD IRR ISJ ISK ITL JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAJ LAK LBP LKR "
          + "LRD LSL LSM LTL LTT LUC LUF LUL LVL LVR LYD MAD MDL MGA MGF MKD MLF MMK MNT MOP MRO MRU MTL MTP "
          + "MUR MVQ MVR MWK MXN MXP MXV MYR MZE MZM MZN NAD NGN NIC NIO NLG NOK NPR NZD OMR PAB PEH PEI PEN "
          + "PES PGK PHP PKR PLN PLZ PTE PYG QAR RHD ROK ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG SDP SEK "
          + "SGD SHP SIT SKK SLL SOS SRD SRG SSP STD STN SUR SVC SYP SZL THB TJR TJS TMM TMT TND TOP TPE TRL "
          + "TRY TTD TWD TZS UAH UAK UGS UGW UGX USD USN USS UYI UYN UYP UYU UZS VEB VEF VES VNC VND VUV WST "
          + "XAF XAG XAU XBA XBB XBC XBD XCD XDR XEU XFO XFU XOF XPD XPF XPT XRE XSU XTS XUA XXX YDD YER YUD "
          + "YUM YUN ZAL ZAR ZMK ZMW ZRN ZRZ ZWC ZWD ZWL ZWN ZWR"));

  /**
   * An organisation identifier in the org-id.guide form: a list's prefix (a country or {@code XI}
   * / {@code XM} code, a hyphen and the register: {@code GB-CHC}, {@code GB-COH}, {@code GB-LAE}),
   * a hyphen and the identifier within the list.
   */
  static final Pattern ORG_ID = Pattern.compile("([A-Z]{2}-[A-Z0-9]+)-(.+)", Pattern.DOTALL);

  /** The registers whose identifiers 360Giving also names {@code charityNumber}. */
  static final Set<String> CHARITY_REGISTERS = ImmutableSet.of("GB-CHC", "GB-SC", "GB-NIC");

  /** The register whose identifiers 360Giving also names {@code companyNumber}. */
  static final String COMPANY_REGISTER = "GB-COH";

  /** A date and time as RFC 3339 (JSON Schema's {@code date-time}) writes it: always with seconds. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss[.SSSSSSSSS]xxx", Locale.ROOT);

  private Standard() {}

  /** A date as 360Giving writes it, YYYY-MM-DD; empty for a year outside 0 to 9999, which it cannot write. */
  static Optional<String> date(LocalDate date) {
    return date.getYear() >= 0 && date.getYear() <= 9999 ? Optional.of(date.toString()) : Optional.empty();
  }

  /**
   * A date-time as RFC 3339 writes it; empty for a year outside 0 to 9999 or an offset with seconds,
   * which it cannot write.
   */
  static Optional<String> dateTime(OffsetDateTime time) {
    if (time.getYear() < 0 || time.getYear() > 9999 || time.getOffset().getTotalSeconds() % 60 != 0) {
      return Optional.empty();
    }
    String text = DATE_TIME.format(time);
    // the optional fraction is written whenever the value has one; drop a fraction of zeros
    return Optional.of(text.replaceFirst("\\.000000000(?=[+-])", ""));
  }

  /** Whether {@code text} is an absolute URI, as the schema's {@code uri} format asks. */
  static boolean isUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A body's kind as 360Giving's {@code organisationType} carries it: the Minutebook code, "voluntary-organisation". */
  static String organisationType(BodyKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The body kind an {@code organisationType} names in Minutebook's words, if it names one. */
  static Optional<BodyKind> bodyKind(String organisationType) {
    for (BodyKind kind : BodyKind.values()) {
      if (organisationType(kind).equals(organisationType)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
