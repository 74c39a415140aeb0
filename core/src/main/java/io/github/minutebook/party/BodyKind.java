package io.github.minutebook.party;

/**
 * What kind of body an organisation is: Open Civic Data's organisation classifications where a
 * council has them (executive, committee), with the other bodies council minutes name.
 */
public enum BodyKind {
  /** A local authority as a whole: "London Borough of Hackney", "Leeds City Council". */
  AUTHORITY,
  /** The full council meeting of all members. */
  COUNCIL,
  /** The executive or cabinet ("Executive", "Cabinet"). */
  EXECUTIVE,
  /** A committee, including regulatory and policy development committees ("a PDS Committee"). */
  COMMITTEE,
  /** A sub-committee ("Contracts Sub-Committee"). */
  SUB_COMMITTEE,
  /** An overview and scrutiny body ("Scrutiny Board (Strategy and Resources)", a scrutiny commission). */
  SCRUTINY,
  /** A select committee of a council or of Parliament. */
  SELECT_COMMITTEE,
  /** A board or partnership board ("Health and Wellbeing Board", "CSIG Board"). */
  BOARD,
  /** A working group or task and finish group. */
  WORKING_GROUP,
  /** A council department or service. */
  DEPARTMENT,
  /** A health body: a clinical commissioning group, an NHS trust. */
  HEALTH_BODY,
  /** A police force or police and crime commissioner's office ("MOPAC"). */
  POLICE,
  /** Central government or one of its departments or agencies. */
  GOVERNMENT,
  /** An inspectorate or regulator ("Ofsted", "Care Quality Commission"). */
  INSPECTORATE,
  /** A fund or pooled budget ("Better Care Fund"). */
  FUND,
  /** A purchasing consortium or framework provider ("ESPO"). */
  PURCHASING_ORGANISATION,
  /** A company or other commercial supplier ("Jadu Ltd", "Adecco"). */
  COMPANY,
  /** A charity, voluntary or community organisation. */
  VOLUNTARY_ORGANISATION,
  /** A partnership of several bodies ("Safer Bromley Partnership"). */
  PARTNERSHIP,
  /**
   * A political party or group, as a member's affiliation ("LAB", "Liberal Democrat Group"; Open
   * Civic Data's {@code party}).
   */
  POLITICAL_PARTY,
  /** Any other kind of body. */
  OTHER
}
