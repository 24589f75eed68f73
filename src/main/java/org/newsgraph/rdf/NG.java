package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newsgraph vocabulary ({@code ng:}): the terms standards do not cover. Every term here is declared in
 * {@code ontology/newsgraph.ttl}, and a test checks both ways.
 */
public final class NG {

    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** Base of every IRI newsgraph mints for data: actors, articles, events, roles ({@code ngid:}). */
    public static final String ID = "https://w3id.org/newsgraph/id/";
    /** Base of lexicon terms that are not actors: offices, triggers, institution patterns, media ({@code lex:}). */
    public static final String LEX = "https://w3id.org/newsgraph/lexicon/";
    /** Base of the CAMEO concept scheme: {@code cameo:173} ({@code cameo:}). */
    public static final String CAMEO = "https://w3id.org/newsgraph/cameo/";
    /** Base of Wikidata entities, the only targets of an actor's {@code owl:sameAs} ({@code wd:}). */
    public static final String WD = "http://www.wikidata.org/entity/";

    private NG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Article = resource("Article");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Group = resource("Group");
    public static final Resource Event = resource("Event");
    public static final Resource Statement = resource("Statement");
    public static final Resource Role = resource("Role");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource RelationAssertion = resource("RelationAssertion");
    public static final Resource Office = resource("Office");
    public static final Resource Trigger = resource("Trigger");
    public static final Resource InstitutionPattern = resource("InstitutionPattern");
    public static final Resource Medium = resource("Medium");

    // events
    public static final Property source = property("source");
    public static final Property target = property("target");
    public static final Property place = property("place");
    public static final Property date = property("date");
    public static final Property eventType = property("eventType");
    public static final Property cameoCode = property("cameoCode");
    public static final Property ploverType = property("ploverType");
    /** On a CAMEO concept: verbal-cooperation, material-cooperation, verbal-conflict or material-conflict. */
    public static final Property quadClass = property("quadClass");
    public static final Property trigger = property("trigger");
    public static final Property triggerMention = property("triggerMention");
    public static final Property quantity = property("quantity");
    public static final Property charge = property("charge");
    public static final Property confidence = property("confidence");

    // provenance shortcuts on every extracted fact
    public static final Property evidence = property("evidence");
    public static final Property article = property("article");

    // quantities
    public static final Property value = property("value");
    public static final Property counts = property("counts");
    public static final Property approximate = property("approximate");
    public static final Property unit = property("unit");

    // statements
    public static final Property speaker = property("speaker");
    public static final Property medium = property("medium");
    public static final Property quote = property("quote");
    public static final Property about = property("about");

    // roles
    public static final Property holder = property("holder");
    public static final Property holdsRole = property("holdsRole");
    public static final Property office = property("office");
    public static final Property organization = property("organization");
    public static final Property former = property("former");
    public static final Property since = property("since");
    public static final Property until = property("until");

    // static relations between actors
    public static final Property memberOf = property("memberOf");
    public static final Property nephewOf = property("nephewOf");
    public static final Property relativeOf = property("relativeOf");
    public static final Property allyOf = property("allyOf");
    public static final Property relationDetail = property("relationDetail");

    // actors
    public static final Property labelSource = property("labelSource");
    public static final Property country = property("country");
    public static final Property capital = property("capital");
    public static final Property demonym = property("demonym");
    public static final Property isoCode = property("isoCode");
    public static final Property dissolved = property("dissolved");

    // articles and runs
    public static final Property contentHash = property("contentHash");
    public static final Property readFrom = property("readFrom");
    public static final Property extractor = property("extractor");
    public static final Property toolVersion = property("toolVersion");
    public static final Property sentenceIndex = property("sentenceIndex");

    // lexicon data (ontology/lexicon/*.ttl)
    public static final Property form = property("form");
    public static final Property holds = property("holds");
    /** On an office: it belongs to a state, so a bare title names the office of the article's own country. */
    public static final Property national = property("national");
    /** On an office: its English name when it belongs to an organisation rather than a state ("Chairman"). */
    public static final Property labelInOrganization = property("labelInOrganization");

    // lexicon data: trigger word classes and argument slots (ontology/lexicon/triggers.ttl)
    public static final Property verb = property("verb");
    public static final Property passive = property("passive");
    public static final Property noun = property("noun");
    public static final Property targetMarker = property("targetMarker");
    public static final Property needsObject = property("needsObject");
    public static final Property reporting = property("reporting");
    public static final Property noTarget = property("noTarget");
    public static final Property placeAsTarget = property("placeAsTarget");
    public static final Property agentFromClause = property("agentFromClause");
    public static final Property pairMarker = property("pairMarker");

    // lexicon data: cues of the extractor's rules (ontology/lexicon/cues.ttl); the class says what a rule does
    public static final Resource Cue = resource("Cue");
    public static final Resource FormerMarker = resource("FormerMarker");
    public static final Resource AgentMarker = resource("AgentMarker");
    public static final Resource ChargeMarker = resource("ChargeMarker");
    public static final Resource StateReference = resource("StateReference");
    public static final Resource NumberWord = resource("NumberWord");
    public static final Resource ApproximateMarker = resource("ApproximateMarker");
    public static final Resource CountedNoun = resource("CountedNoun");
    public static final Resource ForcesNoun = resource("ForcesNoun");
    public static final Resource AidNoun = resource("AidNoun");
    public static final Resource DateWord = resource("DateWord");
    public static final Resource LastMarker = resource("LastMarker");
    public static final Resource NextMarker = resource("NextMarker");
    public static final Resource DayPart = resource("DayPart");
    public static final Resource YearMarker = resource("YearMarker");
    public static final Resource TenureCue = resource("TenureCue");
    public static final Resource KinshipCue = resource("KinshipCue");
    public static final Resource MembershipCue = resource("MembershipCue");
    public static final Resource AllyCue = resource("AllyCue");
    public static final Resource ClauseBreak = resource("ClauseBreak");
    public static final Resource Complementizer = resource("Complementizer");
    public static final Resource ImpersonalMarker = resource("ImpersonalMarker");
    public static final Resource BoilerplateMarker = resource("BoilerplateMarker");
    public static final Resource NameStop = resource("NameStop");
    public static final Resource NameParticle = resource("NameParticle");
    public static final Resource NameSuffix = resource("NameSuffix");
    public static final Resource ByNameHead = resource("ByNameHead");
    public static final Resource NamingVerb = resource("NamingVerb");
    public static final Resource ProminenceWord = resource("ProminenceWord");
    public static final Resource PlaceNoun = resource("PlaceNoun");
    public static final Resource OrganizationNoun = resource("OrganizationNoun");
    public static final Resource Preposition = resource("Preposition");
    public static final Resource LocativePreposition = resource("LocativePreposition");
    public static final Property focalOnly = property("focalOnly");
    public static final Property multiplier = property("multiplier");
    public static final Property dayOffset = property("dayOffset");
    public static final Property relation = property("relation");
    public static final Property direction = property("direction");
    public static final Property pronoun = property("pronoun");
    public static final Property inLabel = property("inLabel");

    // merged events across articles (graph ngid:graph/merged)
    /** One real-world event that several articles report: links the reports, copies none of what they say. */
    public static final Resource MergedEvent = resource("MergedEvent");
    public static final Property report = property("report");
    public static final Property mergedSource = property("mergedSource");
    public static final Property mergedTarget = property("mergedTarget");
    public static final Property reportingArticles = property("reportingArticles");
}
