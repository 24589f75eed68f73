package org.newsgraph.extract.ar;

import java.util.HashMap;
import java.util.Map;

/**
 * The cue classes by number, for the rules to ask {@link Stage#cue} by: a number is a cue class's bit in the sets of
 * classes each token keeps ({@link CompiledLexicon#addClasses}), so a question asked by number needs no look-up of
 * its name (the rules ask hundreds of thousands of times an article). The numbers are given once per run, in the order
 * names are first seen (the constants below first, then any other class a lexicon has), and are the same for every
 * lexicon compiled in the run; a lexicon without a class has no form of it.
 */
final class Cues {

    private static final Map<String, Integer> IDS = new HashMap<>();
    /** The names by number; replaced, never changed, when a name is added. */
    private static volatile String[] names = new String[0];

    private Cues() {
    }

    /** The number of a cue class, given now if the class has none yet. */
    static synchronized int id(String name) {
        Integer known = IDS.get(name);
        if (known != null) {
            return known;
        }
        int id = names.length;
        String[] more = java.util.Arrays.copyOf(names, id + 1);
        more[id] = name.intern();
        IDS.put(name, id);
        names = more;
        return id;
    }

    /** The name of the cue class of number {@code id}. */
    static String name(int id) {
        return names[id];
    }

    static final int ABOUT_PREPOSITION = id("AboutPreposition");
    static final int ACCUSATION_NOUN = id("AccusationNoun");
    static final int ACT_REFERENCE = id("ActReference");
    static final int AFFILIATION_CUE = id("AffiliationCue");
    static final int AGENT_MARKER = id("AgentMarker");
    static final int AGO_MARKER = id("AgoMarker");
    static final int ALL_PARTIES_REFERENCE = id("AllPartiesReference");
    static final int ALLY_CUE = id("AllyCue");
    static final int AMONG_MARKER = id("AmongMarker");
    static final int APPROXIMATE_MARKER = id("ApproximateMarker");
    static final int ARMED_ACTOR_NOUN = id("ArmedActorNoun");
    static final int ARMED_FORCE_NOUN = id("ArmedForceNoun");
    static final int ASSUMING_NOUN = id("AssumingNoun");
    static final int ATTEMPT_NOUN = id("AttemptNoun");
    static final int BARE_FORCES_NOUN = id("BareForcesNoun");
    static final int BELONGING_WORD = id("BelongingWord");
    static final int BODY_NAME_NOUN = id("BodyNameNoun");
    static final int BOILERPLATE_MARKER = id("BoilerplateMarker");
    static final int CALLED_MARKER = id("CalledMarker");
    static final int CALLED_BY_MARKER = id("CalledByMarker");
    static final int CAPACITY_MARKER = id("CapacityMarker");
    static final int CHARGE_MARKER = id("ChargeMarker");
    static final int CLAUSE_BREAK = id("ClauseBreak");
    static final int COLLECTIVE_NOUN = id("CollectiveNoun");
    static final int COMMAND_NOUN = id("CommandNoun");
    static final int COMMON_NOUN = id("CommonNoun");
    static final int COMPANION_MARKER = id("CompanionMarker");
    static final int COMPANY_NOUN = id("CompanyNoun");
    static final int COMPLEMENTIZER = id("Complementizer");
    static final int COMPLETED_ACT_VERB = id("CompletedActVerb");
    static final int COUNT_OF_MARKER = id("CountOfMarker");
    static final int COUNTED_NOUN = id("CountedNoun");
    static final int COUNTERPART_REFERENCE = id("CounterpartReference");
    static final int COPULA_VERB = id("CopulaVerb");
    static final int CROWD_NOUN = id("CrowdNoun");
    static final int CURRENT_MARKER = id("CurrentMarker");
    static final int DATE_WORD = id("DateWord");
    static final int DAY_ORDINAL = id("DayOrdinal");
    static final int DAY_PART = id("DayPart");
    static final int DAY_SPAN = id("DaySpan");
    static final int DECREE_CONTENT = id("DecreeContent");
    static final int DECREE_NOUN = id("DecreeNoun");
    static final int DEMAND_NOUN = id("DemandNoun");
    static final int DEPARTURE_NOUN = id("DepartureNoun");
    static final int DIPLOMAT_NOUN = id("DiplomatNoun");
    static final int DECEASED_MARKER = id("DeceasedMarker");
    static final int EAST_ASIAN_FAMILY_NAME = id("EastAsianFamilyName");
    static final int EVENT_NOUN = id("EventNoun");
    static final int FACILITY_NOUN = id("FacilityNoun");
    static final int FACILITY_WORD = id("FacilityWord");
    static final int FOIL_NOUN = id("FoilNoun");
    static final int FOLLOWER_NOUN = id("FollowerNoun");
    static final int FORCES_NOUN = id("ForcesNoun");
    static final int FOREMOST_MARKER = id("ForemostMarker");
    static final int FORMER_MARKER = id("FormerMarker");
    static final int FUTURE_MARKER = id("FutureMarker");
    static final int GROUP_NOUN = id("GroupNoun");
    static final int GROUP_QUALIFIER = id("GroupQualifier");
    static final int HASTEN_VERB = id("HastenVerb");
    static final int HEADED_BY = id("HeadedBy");
    static final int HEADS_VERB = id("HeadsVerb");
    static final int HONORIFIC = id("Honorific");
    static final int IMPERSONAL_MARKER = id("ImpersonalMarker");
    static final int INSTITUTION_NOUN = id("InstitutionNoun");
    static final int ISSUE_VERB = id("IssueVerb");
    static final int KINSHIP_CUE = id("KinshipCue");
    static final int LAST_MARKER = id("LastMarker");
    static final int LATTER_REFERENCE = id("LatterReference");
    static final int LEADER_TITLE = id("LeaderTitle");
    static final int LEGISLATURE_NOUN = id("LegislatureNoun");
    static final int LOCAL_FORCE_NOUN = id("LocalForceNoun");
    static final int LETTER_VEHICLE = id("LetterVehicle");
    static final int LOCATIVE_PREPOSITION = id("LocativePreposition");
    static final int LOYAL_FORCES_NOUN = id("LoyalForcesNoun");
    static final int MAKER_VERB = id("MakerVerb");
    static final int MANNER_ADVERB = id("MannerAdverb");
    static final int MASSED_TROOPS = id("MassedTroops");
    static final int MEASURE_NOUN = id("MeasureNoun");
    static final int MEMBER_NOUN = id("MemberNoun");
    static final int LAUNCH_VERB = id("LaunchVerb");
    static final int MEMBERSHIP_CUE = id("MembershipCue");
    static final int MILITARY_OBJECT = id("MilitaryObject");
    static final int MOB_NOUN = id("MobNoun");
    static final int MONTH = id("Month");
    static final int MONTH_NOUN = id("MonthNoun");
    static final int NAME_PARTICLE = id("NameParticle");
    static final int NAME_STOP = id("NameStop");
    static final int NAME_SUFFIX = id("NameSuffix");
    static final int NAME_TAIL = id("NameTail");
    static final int NAME_WORD = id("NameWord");
    static final int NEGATING_NOUN = id("NegatingNoun");
    static final int NEGATING_PARTICLE = id("NegatingParticle");
    static final int NEWS_OUTLET_NOUN = id("NewsOutletNoun");
    static final int NEXT_MARKER = id("NextMarker");
    static final int NUMBER_WORD = id("NumberWord");
    static final int OATH_OBJECT = id("OathObject");
    static final int OATH_VERB = id("OathVerb");
    static final int OPERATION_HEAD = id("OperationHead");
    static final int ORGANIZATION_NOUN = id("OrganizationNoun");
    static final int ORGANIZATION_STATUS = id("OrganizationStatus");
    static final int OTHERS_NOUN = id("OthersNoun");
    static final int PAIR_REFERENCE = id("PairReference");
    static final int PARAMILITARY_MARKER = id("ParamilitaryMarker");
    static final int PART_NOUN = id("PartNoun");
    static final int PARTICIPATION_VERB = id("ParticipationVerb");
    static final int PARTITIVE_NOUN = id("PartitiveNoun");
    static final int PARTITIVE_OF = id("PartitiveOf");
    static final int PARTITIVE_QUANTIFIER = id("PartitiveQuantifier");
    static final int PEOPLE_NOUN = id("PeopleNoun");
    static final int PERFORMER_VERB = id("PerformerVerb");
    static final int AIMING_VERB = id("AimingVerb");
    static final int PERSON_NOUN = id("PersonNoun");
    static final int PLACE_NOUN = id("PlaceNoun");
    static final int PLURAL_DEMONSTRATIVE = id("PluralDemonstrative");
    static final int PREMISES_NOUN = id("PremisesNoun");
    static final int MISSION_NOUN = id("MissionNoun");
    static final int PREPOSITION = id("Preposition");
    static final int PROTEST_TARGET_MARKER = id("ProtestTargetMarker");
    static final int QUOTED_NAME_NOUN = id("QuotedNameNoun");
    static final int READINESS_NOUN = id("ReadinessNoun");
    static final int RECEIVE_VERB = id("ReceiveVerb");
    static final int REGION_NISBA = id("RegionNisba");
    static final int REGIONAL_ADJECTIVE = id("RegionalAdjective");
    static final int RELATIVE_PRONOUN = id("RelativePronoun");
    static final int REMAIN_VERB = id("RemainVerb");
    static final int RESULT_VERB = id("ResultVerb");
    static final int REVENGE_NOUN = id("RevengeNoun");
    static final int RESULTS_NOUN = id("ResultsNoun");
    static final int PERCENT_MARKER = id("PercentMarker");
    static final int SIDE_MARKER = id("SideMarker");
    static final int SINCE_MARKER = id("SinceMarker");
    static final int SITUATION_NOUN = id("SituationNoun");
    static final int STATE_REFERENCE = id("StateReference");
    static final int STATEMENT_REFERENCE = id("StatementReference");
    static final int STATE_OFFICIALS_NOUN = id("StateOfficialsNoun");
    static final int STATEMENT_NOUN = id("StatementNoun");
    static final int STOP_NOUN = id("StopNoun");
    static final int TENURE_CUE = id("TenureCue");
    static final int TIME_FRAME_MARKER = id("TimeFrameMarker");
    static final int TITLE_ADJECTIVE = id("TitleAdjective");
    static final int TOPIC_MARKER = id("TopicMarker");
    static final int TOTAL_MARKER = id("TotalMarker");
    static final int UNDERGO_VERB = id("UndergoVerb");
    static final int UNREST_NOUN = id("UnrestNoun");
    static final int WEEKDAY = id("Weekday");
    static final int WIN_NOUN = id("WinNoun");
    static final int YEAR_MARKER = id("YearMarker");
}
